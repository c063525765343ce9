/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <glib/gi18n.h>

#include "dlm-datatypes-private.h"
#include "dlm-format.h"

/* The kinds view: the four levels of measurement as a ladder. Each level
 * allows the operations of the one before it and one more; the table
 * ticks them, with an example variable and how a network is fed it. */

typedef struct {
  const char *id;            /* summary and CSV name */
  const char *name;
  const char *example;
  const char *values;
  const char *encoding_id;
  const char *encoding;
  guint       categories;    /* of the example, 0 for numbers */
  guint       shown;         /* the example value encoded below */
  const char *shown_value;
} Level;

/* Blood type has no order; shirt sizes do, but M − S means nothing; °C has
 * differences but no true zero (20 °C is not twice as warm as 10 °C); a
 * height of 0 cm is no height, so 180 cm is twice 90 cm. */
static const Level levels[] = {
  { "categorical", N_("Categorical"), N_("blood type"), N_("A, B, AB, O"),
    "one-hot", N_("one-hot"), 4, 1, "B" },
  { "ordinal", N_("Ordinal"), N_("shirt size"), N_("S < M < L < XL"),
    "ordered integers", N_("ordered integers"), 4, 2, "L" },
  { "interval", N_("Interval"), N_("temperature in °C"), "−5, 12, 21.5",
    "number", N_("a number"), 0, 0, "21.5" },
  { "ratio", N_("Ratio"), N_("height in cm"), "152, 168, 181",
    "number", N_("a number"), 0, 0, "168" },
};

/* The operations, each allowed from the level of the same index on. */
static const struct { const char *id; const char *name; } operations[] = {
  { "count", N_("Count, mode (=, ≠)") },
  { "order", N_("Order, median (<, >)") },
  { "difference", N_("Differences, mean (+, −)") },
  { "ratio", N_("Ratios (×, ÷): a true zero") },
};

#define N_LEVELS     G_N_ELEMENTS (levels)
#define N_OPERATIONS G_N_ELEMENTS (operations)
/* header, example, values, operations, encoding and its example */
#define N_ROWS       (3 + N_OPERATIONS + 2)
#define FIRST_OP_ROW 3

G_STATIC_ASSERT (N_ROWS <= DLM_DATATYPES_MAX_ROWS);

static gboolean
allowed (guint operation,
         guint level)
{
  return operation <= level;
}

/* "B → [0, 1, 0, 0]", "L → 2", "21.5": the example value as the network
 * gets it. */
static char *
encoded_example (const Level *level)
{
  GString *out;

  if (level->categories == 0)
    return g_strdup (level->shown_value);
  out = g_string_new (NULL);
  g_string_append_printf (out, "%s → ", level->shown_value);
  if (g_strcmp0 (level->encoding_id, "one-hot") != 0)
    {
      g_string_append_printf (out, "%u", level->shown);
      return g_string_free (out, FALSE);
    }
  g_string_append_c (out, '[');
  for (guint k = 0; k < level->categories; k++)
    g_string_append_printf (out, "%s%d", k > 0 ? ", " : "", k == level->shown);
  g_string_append_c (out, ']');
  return g_string_free (out, FALSE);
}

static const char *
row_label (guint row)
{
  const char *labels[] = { "", N_("Example"), N_("Values") };

  if (row < FIRST_OP_ROW)
    return row == 0 ? "" : _(labels[row]);
  if (row < FIRST_OP_ROW + N_OPERATIONS)
    return _(operations[row - FIRST_OP_ROW].name);
  return row == N_ROWS - 2 ? _("Encoded as") : _("Encoded example");
}

/* The plain text of the cell of @row for level @j; @ticks: "✓"/"✗" for
 * the figure, else words for the cursor. */
static char *
level_cell (guint    row,
            guint    j,
            gboolean ticks)
{
  const Level *l = &levels[j];

  if (row >= FIRST_OP_ROW && row < FIRST_OP_ROW + N_OPERATIONS)
    {
      gboolean ok = allowed (row - FIRST_OP_ROW, j);

      return g_strdup (ticks ? (ok ? "✓" : "✗") : (ok ? _("makes sense") : _("does not")));
    }
  switch (row)
    {
    case 0:  return g_strdup (_(l->name));
    case 1:  return g_strdup (_(l->example));
    /* the numbers are not translated: "−5, 12, 21.5" */
    case 2:  return g_strdup (l->categories == 0 ? l->values : _(l->values));
    case N_ROWS - 2: return g_strdup (_(l->encoding));
    default: return encoded_example (l);
    }
}

static GPtrArray *
table_cells (void)
{
  GPtrArray *cells = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < N_ROWS; i++)
    {
      g_ptr_array_add (cells, g_markup_escape_text (row_label (i), -1));
      for (guint j = 0; j < N_LEVELS; j++)
        {
          g_autofree char *text = level_cell (i, j, TRUE);

          g_ptr_array_add (cells, g_markup_escape_text (text, -1));
        }
    }
  g_ptr_array_add (cells, NULL);
  return cells;
}

typedef struct {
  const DlmTheme *theme;
  DlmColor        yes;
} KindsStyle;

static void
kinds_cell_style (guint         row,
                  guint         col,
                  DlmCellStyle *style,
                  gpointer      user_data)
{
  KindsStyle *data = user_data;

  if (row < FIRST_OP_ROW || row >= FIRST_OP_ROW + N_OPERATIONS || col == 0)
    return;
  if (allowed (row - FIRST_OP_ROW, col - 1))
    style->fill = &data->yes;
  else
    style->muted = TRUE;
}

void
dlm_datatypes_render_kinds (DlmDatatypesTopic *self,
                            cairo_t           *cr,
                            const DlmTheme    *theme,
                            DlmRect            area)
{
  g_autoptr(GPtrArray) cells = table_cells ();
  KindsStyle style = { theme, dlm_color_mix (&theme->background, &theme->series[2], 0.65) };
  DatatypesTable table = { N_ROWS, 1 + N_LEVELS, (const char *const *) cells->pdata,
                           kinds_cell_style, &style, 1, 2 };
  const char *note = _("Each level allows the operations of the one before it, and one more: "
                       "✓ makes sense, ✗ does not.");
  double factor;
  DlmRect box = dlm_datatypes_draw_table (self, cr, theme, &table, area, &factor);

  dlm_datatypes_draw_below (cr, theme, box, factor, note);
}

/* ---- words ------------------------------------------------------------- */

/* "Ordinal, e.g. shirt size (S < M < L < XL): count, order; encoded as
 * ordered integers, L → 2." */
static char *
level_sentence (guint j)
{
  const Level *l = &levels[j];
  g_autoptr(GString) ops = g_string_new (NULL);
  g_autofree char *example = encoded_example (l);

  for (guint k = 0; k < N_OPERATIONS; k++)
    if (allowed (k, j))
      g_string_append_printf (ops, "%s%s", k > 0 ? "; " : "", _(operations[k].name));
  return g_strdup_printf (_("%s, for example %s (%s): %s; encoded as %s, %s."),
                          _(l->name), _(l->example), l->categories == 0 ? l->values : _(l->values),
                          ops->str, _(l->encoding), example);
}

char *
dlm_datatypes_describe_kinds (DlmDatatypesTopic *self)
{
  g_autoptr(GString) out = g_string_new (_("The four statistical data types as a ladder, each with the "
                                           "operations that make sense for it ticked."));

  for (guint j = 0; j < N_LEVELS; j++)
    {
      g_autofree char *sentence = level_sentence (j);

      g_string_append_printf (out, " %s", sentence);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

char *
dlm_datatypes_explain_kinds (DlmDatatypesTopic *self)
{
  return g_strdup (_("In statistics the type of a variable is what it measures. Categories have "
                     "no order, so a network gets them one-hot, never as 1, 2, 3. Ordinal values "
                     "have an order but no distances: ordered integers. Interval values have "
                     "distances but no true zero (20 °C is not twice 10 °C); ratio values have "
                     "both. Both are fed in as numbers."));
}

void
dlm_datatypes_csv_kinds (DlmDatatypesTopic *self,
                         GString           *out)
{
  g_string_append (out, "index,kind,count,order,difference,ratio,encoding\n");
  for (guint j = 0; j < N_LEVELS; j++)
    {
      g_string_append_printf (out, "%u,%s", j, levels[j].id);
      for (guint k = 0; k < N_OPERATIONS; k++)
        g_string_append_printf (out, ",%d", allowed (k, j));
      g_string_append_printf (out, ",%s\n", levels[j].encoding_id);
    }
}

void
dlm_datatypes_summary_kinds (DlmDatatypesTopic *self,
                             GString           *out)
{
  for (guint j = 0; j < N_LEVELS; j++)
    {
      g_autoptr(GString) ops = g_string_new (NULL);
      g_autofree char *ops_key = g_strdup_printf ("%s_operations", levels[j].id);
      g_autofree char *enc_key = g_strdup_printf ("%s_encoding", levels[j].id);

      for (guint k = 0; k < N_OPERATIONS; k++)
        if (allowed (k, j))
          g_string_append_printf (ops, "%s%s", k > 0 ? "," : "", operations[k].id);
      dlm_summary_add_string (out, ops_key, ops->str);
      dlm_summary_add_string (out, enc_key, levels[j].encoding_id);
    }
}

/* What the cursor reads on table row @row: its label and its four cells. */
char *
dlm_datatypes_kinds_point (DlmDatatypesTopic *self,
                           guint              row)
{
  g_autoptr(GString) out = g_string_new (NULL);

  row = MIN (row, N_ROWS - 1);
  if (row == 0)
    return g_strdup (_("Columns: categorical, ordinal, interval, ratio"));
  g_string_append_printf (out, "%s:", row_label (row));
  for (guint j = 0; j < N_LEVELS; j++)
    {
      g_autofree char *text = level_cell (row, j, FALSE);

      g_string_append_printf (out, " %s %s%s", _(levels[j].name), text, j + 1 < N_LEVELS ? "," : "");
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}
