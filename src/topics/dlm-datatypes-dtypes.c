/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dlm-datatypes-private.h"
#include "dlm-format.h"

/* The dtypes view: Python values, the dtype NumPy and PyTorch give each, and
 * the bytes per element; the last row is the student's own list. Every
 * dtype comes from src/core (dlm_numpy_infer_dtype, dlm_torch_infer_dtype). */

/* bool and string arrays, 4 vs 4.0, NumPy's and PyTorch's defaults, and
 * what mixed lists promote to. */
static const char *const examples[] = {
  "[True, False]", "['cat', 'dog']", "4", "4.0", "[1, 2, 3]", "[1., 2.]",
  "[1, 2.5]", "[1, True]", "[1, 'a']",
};

#define N_EXAMPLES G_N_ELEMENTS (examples)
#define N_ROWS     (N_EXAMPLES + 1)
#define N_COLS     5

G_STATIC_ASSERT (N_ROWS + 1 <= DLM_DATATYPES_MAX_ROWS);

typedef struct {
  char             *text;     /* "[1, 2.5]" */
  char             *shape;    /* "(2,)" or "()" */
  DlmPyKind         kind;
  DlmInferredDtype  numpy, torch;
} DtypeRow;

static void
row_from_list (DtypeRow        *row,
               const DlmPyList *list)
{
  row->text = dlm_py_list_format (list);
  row->shape = list->scalar ? g_strdup ("()") : g_strdup_printf ("(%u,)", list->n_values);
  row->kind = dlm_py_list_kind (list);
  dlm_numpy_infer_dtype (list, &row->numpy);
  dlm_torch_infer_dtype (list, &row->torch);
}

/* The examples, then the student's list: N_ROWS rows to free with
 * rows_clear(). */
static void
collect_rows (DlmDatatypesTopic *self,
              DtypeRow          *rows)
{
  for (guint i = 0; i < N_EXAMPLES; i++)
    {
      g_autoptr(DlmPyList) list = dlm_py_list_parse ("values", examples[i], NULL);

      g_assert (list != NULL);
      row_from_list (&rows[i], list);
    }
  row_from_list (&rows[N_EXAMPLES], self->values);
}

static void
rows_clear (DtypeRow *rows)
{
  for (guint i = 0; i < N_ROWS; i++)
    {
      g_free (rows[i].text);
      g_free (rows[i].shape);
    }
}

static const char *
kind_name (DlmPyKind kind)
{
  switch (kind)
    {
    case DLM_PY_BOOL:  return _("bool");
    case DLM_PY_INT:   return _("integer");
    case DLM_PY_FLOAT: return _("float");
    case DLM_PY_STR:
    default:           return _("string");
    }
}

/* ---- the table ------------------------------------------------------------ */

static double
column_widths (cairo_t              *cr,
               const DlmTheme       *theme,
               const DatatypesTable *table,
               double               *widths)
{
  double pad = dlm_theme_px (theme, 24), total = 0;

  for (guint j = 0; j < table->cols; j++)
    {
      widths[j] = 0;
      for (guint i = 0; i < table->rows; i++)
        {
          g_autofree char *bold = g_strdup_printf ("<b>%s</b>", table->cells[i * table->cols + j]);
          double w;

          dlm_text_size (cr, theme, DLM_TEXT_BODY, bold, &w, NULL);
          widths[j] = MAX (widths[j], w + pad);
        }
      total += widths[j];
    }
  return total;
}

/* One cell: the plot kit's plate and border, then the text at @factor
 * times the body size, bold in the header rows. */
static void
draw_table_cell (cairo_t              *cr,
                 const DlmTheme       *theme,
                 const DatatypesTable *table,
                 guint                 i,
                 guint                 j,
                 DlmRect               rect,
                 double                factor)
{
  DlmCellStyle style = { 0 };
  const char *text = table->cells[i * table->cols + j];
  g_autofree char *markup = i < table->header_rows ? g_strdup_printf ("<b>%s</b>", text) : g_strdup (text);
  DlmColor ink;

  if (table->style != NULL)
    table->style (i, j, &style, table->style_data);
  dlm_matrix_cell_draw (cr, theme, rect, NULL, &style);
  ink = style.fill != NULL
    ? dlm_theme_text_on (theme, style.fill, style.muted ? &theme->muted : &theme->foreground)
    : (style.muted ? theme->muted : theme->foreground);
  cairo_save (cr);
  cairo_translate (cr, rect.x + rect.width / 2, rect.y + rect.height / 2);
  cairo_scale (cr, factor, factor);
  /* a long list of the student's shrinks to its cell rather than run out */
  dlm_text_draw_fitted (cr, theme, DLM_TEXT_BODY, &ink, 0, 0, DLM_ANCHOR_CENTER,
                        (rect.width - dlm_theme_px (theme, 8)) / factor, markup);
  cairo_restore (cr);
}

static void
outline_row (cairo_t        *cr,
             const DlmTheme *theme,
             DlmRect         rect,
             const DlmColor *color)
{
  /* thick, but never more than a tenth of the row */
  double lw = MIN (theme->line_width * theme->scale * 1.5, rect.height * 0.1);

  cairo_save (cr);
  dlm_theme_set_color (cr, color);
  cairo_set_line_width (cr, lw);
  cairo_rectangle (cr, rect.x + lw / 2, rect.y + lw / 2, rect.width - lw, rect.height - lw);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* Draws @table centred at the top of @area, leaving room for table->below
 * lines of text under it; returns where it went and the factor of the
 * body size its text has. The rows' centres are kept for the keyboard
 * cursor; the outline a style gives the first cell of a row goes round
 * the whole row. */
DlmRect
dlm_datatypes_draw_table (DlmDatatypesTopic    *self,
                          cairo_t              *cr,
                          const DlmTheme       *theme,
                          const DatatypesTable *table,
                          DlmRect               area,
                          double               *factor)
{
  double widths[8], th, total, row_h, lines = table->rows * 2.2 + table->below * 1.3;
  DlmRect box;

  g_assert (table->cols <= G_N_ELEMENTS (widths) && table->rows <= DLM_DATATYPES_MAX_ROWS);
  total = column_widths (cr, theme, table, widths);
  dlm_text_size (cr, theme, DLM_TEXT_BODY, "Ag", NULL, &th);
  /* one size for all: as large as the area allows both ways, up to 1.3
   * times the body size, and not below half of it */
  *factor = CLAMP (MIN (area.width / total, area.height / (lines * th)), 0.5, 1.3);
  row_h = MIN ((area.height - table->below * 1.3 * th * *factor) / table->rows, th * *factor * 2.2);
  box = (DlmRect) { area.x + (area.width - MIN (total * *factor, area.width)) / 2, area.y,
                    MIN (total * *factor, area.width), row_h * table->rows };
  self->n_rows = table->rows;
  self->table_box = box;
  for (guint i = 0; i < table->rows; i++)
    {
      double x = box.x;
      DlmCellStyle first = { 0 };

      for (guint j = 0; j < table->cols; j++)
        {
          DlmRect cell = { x, box.y + i * row_h, widths[j] * box.width / total, row_h };

          draw_table_cell (cr, theme, table, i, j, cell, *factor);
          x += cell.width;
        }
      self->row_x[i] = box.x + box.width / 2;
      self->row_y[i] = box.y + (i + 0.5) * row_h;
      if (table->style != NULL)
        table->style (i, 0, &first, table->style_data);
      if (first.outline != NULL)
        outline_row (cr, theme, (DlmRect) { box.x, box.y + i * row_h, box.width, row_h }, first.outline);
    }
  return box;
}

/* A note under the table's @box at the table's size, wrapped to its width. */
void
dlm_datatypes_draw_below (cairo_t        *cr,
                          const DlmTheme *theme,
                          DlmRect         box,
                          double          factor,
                          const char     *markup)
{
  double th;

  dlm_text_size (cr, theme, DLM_TEXT_BODY, "Ag", NULL, &th);
  cairo_save (cr);
  cairo_translate (cr, box.x, box.y + box.height + th * factor * 0.4);
  cairo_scale (cr, factor, factor);
  dlm_text_draw_wrapped (cr, theme, DLM_TEXT_BODY, &theme->muted, 0, 0, box.width / factor, markup);
  cairo_restore (cr);
}

/* ---- the view ------------------------------------------------------------- */

typedef struct {
  const DlmTheme *theme;
  DtypeRow       *rows;
  DlmColor        fills[4];
} DtypesStyle;

/* Header row 0; data rows from 1. The dtype cells are tinted by the kind
 * that decided them; the student's row is outlined. */
static void
dtypes_cell_style (guint         row,
                   guint         col,
                   DlmCellStyle *style,
                   gpointer      user_data)
{
  DtypesStyle *data = user_data;
  const DtypeRow *r;

  if (row == 0)
    return;
  r = &data->rows[row - 1];
  if (row == N_ROWS)
    style->outline = &data->theme->highlight;
  if (col >= 3 && !r->torch.exists)
    style->muted = TRUE;
  else if (col >= 1)
    style->fill = &data->fills[r->kind];
}

static char *
torch_cell (const DtypeRow *row,
            gboolean        bytes)
{
  if (!row->torch.exists)
    return g_strdup (bytes ? "—" : _("no string tensors"));
  return bytes ? g_strdup_printf ("%u", row->torch.itemsize) : g_markup_escape_text (row->torch.name, -1);
}

/* A long list of the student's as its start … its end, so the table keeps
 * its shape; the words give it whole. */
#define SHOWN_CHARS 30

static char *
elided (const char *text)
{
  glong n = g_utf8_strlen (text, -1);
  g_autofree char *head = NULL;

  if (n <= SHOWN_CHARS)
    return g_strdup (text);
  head = g_utf8_substring (text, 0, SHOWN_CHARS - 12);
  return g_strconcat (head, "…", g_utf8_offset_to_pointer (text, n - 11), NULL);
}

static GPtrArray *
table_cells (const DtypeRow *rows)
{
  GPtrArray *cells = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (cells, g_strdup (_("Python value")));
  g_ptr_array_add (cells, g_strdup (_("NumPy dtype")));
  g_ptr_array_add (cells, g_strdup (_("bytes")));
  g_ptr_array_add (cells, g_strdup (_("PyTorch dtype")));
  g_ptr_array_add (cells, g_strdup (_("bytes")));
  for (guint i = 0; i < N_ROWS; i++)
    {
      g_autofree char *shown = elided (rows[i].text);

      g_ptr_array_add (cells, g_markup_printf_escaped ("<tt>%s</tt>", shown));
      g_ptr_array_add (cells, g_markup_escape_text (rows[i].numpy.name, -1));
      g_ptr_array_add (cells, g_strdup_printf ("%u", rows[i].numpy.itemsize));
      g_ptr_array_add (cells, torch_cell (&rows[i], FALSE));
      g_ptr_array_add (cells, torch_cell (&rows[i], TRUE));
    }
  g_ptr_array_add (cells, NULL);
  return cells;
}

/* Under the table, at its size: a swatch for each kind with its name, then
 * what the tint, the outline and the bytes are. */
static void
draw_dtypes_key (cairo_t        *cr,
                 const DlmTheme *theme,
                 const DlmColor *fills,
                 DlmRect         box,
                 double          factor)
{
  const char *key = _("Tint: the kind that decides the dtype, lowest to highest. Outlined: your "
                      "values. Bytes: per element (the dtype's itemsize).");
  double th, x = 0, size, gap;

  dlm_text_size (cr, theme, DLM_TEXT_BODY, "Ag", NULL, &th);
  size = th * 0.8;
  gap = th * 0.3;
  cairo_save (cr);
  cairo_translate (cr, box.x, box.y + box.height + th * factor * 0.4);
  cairo_scale (cr, factor, factor);
  for (guint k = 0; k < 4; k++)
    {
      double w;

      cairo_save (cr);
      cairo_rectangle (cr, x, (th - size) / 2, size, size);
      dlm_theme_set_color (cr, &fills[k]);
      cairo_fill_preserve (cr);
      dlm_theme_set_color (cr, &theme->muted);
      cairo_set_line_width (cr, dlm_theme_px (theme, 1));
      cairo_stroke (cr);
      cairo_restore (cr);
      dlm_text_size (cr, theme, DLM_TEXT_BODY, kind_name (k), &w, NULL);
      dlm_text_draw (cr, theme, DLM_TEXT_BODY, NULL, x + size + gap, th / 2, DLM_ANCHOR_WEST, kind_name (k));
      x += size + 2 * gap + w + th;
    }
  cairo_restore (cr);
  box.height += th * factor * 1.3;
  dlm_datatypes_draw_below (cr, theme, box, factor, key);
}

void
dlm_datatypes_render_dtypes (DlmDatatypesTopic *self,
                             cairo_t           *cr,
                             const DlmTheme    *theme,
                             DlmRect            area)
{
  DtypeRow rows[N_ROWS] = { { 0 } };
  DtypesStyle style = { theme, rows, { { 0 } } };
  g_autoptr(GPtrArray) cells = NULL;
  DatatypesTable table = { N_ROWS + 1, N_COLS, NULL, dtypes_cell_style, &style, 1, 4 };
  double factor;
  DlmRect box;

  collect_rows (self, rows);
  cells = table_cells (rows);
  table.cells = (const char *const *) cells->pdata;
  for (guint k = 0; k < 4; k++)
    style.fills[k] = dlm_color_mix (&theme->background, &theme->series[k], 0.65);
  box = dlm_datatypes_draw_table (self, cr, theme, &table, area, &factor);
  draw_dtypes_key (cr, theme, style.fills, box, factor);
  rows_clear (rows);
}

/* ---- words ------------------------------------------------------------- */

char *
dlm_datatypes_bytes_each (guint bytes)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u byte per element", "%u bytes per element", bytes),
                          bytes);
}

/* "np.array([1, 2.5]) is float64 (8 bytes per element); torch.tensor([1,
 * 2.5]) is torch.float32 (4 bytes per element)." */
static char *
row_sentence (const DtypeRow *row)
{
  g_autofree char *numpy = dlm_datatypes_bytes_each (row->numpy.itemsize);
  g_autofree char *torch = NULL;

  if (!row->torch.exists)
    return g_strdup_printf (_("np.array(%s) is %s (%s); PyTorch has no tensor of strings."),
                            row->text, row->numpy.name, numpy);
  torch = dlm_datatypes_bytes_each (row->torch.itemsize);
  return g_strdup_printf (_("np.array(%s) is %s (%s); torch.tensor(%s) is %s (%s)."),
                          row->text, row->numpy.name, numpy, row->text, row->torch.name, torch);
}

char *
dlm_datatypes_describe_dtypes (DlmDatatypesTopic *self)
{
  DtypeRow rows[N_ROWS] = { { 0 } };
  g_autoptr(GString) out = g_string_new (_("A table of Python values and the dtype each becomes."));

  collect_rows (self, rows);
  for (guint i = 0; i < N_EXAMPLES; i++)
    {
      g_autofree char *sentence = row_sentence (&rows[i]);

      g_string_append_printf (out, " %s", sentence);
    }
  {
    g_autofree char *sentence = row_sentence (&rows[N_EXAMPLES]);

    /* TRANSLATORS: "Your values, outlined: np.array(...) is ..." */
    g_string_append_printf (out, " %s %s", _("Your values, outlined:"), sentence);
  }
  rows_clear (rows);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* "[3, 1.5, True] → float64 | torch.float32": short enough for the formula
 * card's one line, the list elided as in the table. */
char *
dlm_datatypes_formula_dtypes (DlmDatatypesTopic *self)
{
  DtypeRow rows[N_ROWS] = { { 0 } };
  const DtypeRow *r = &rows[N_EXAMPLES];
  g_autofree char *shown = NULL;
  char *formula;

  collect_rows (self, rows);
  shown = elided (r->text);
  formula = g_markup_printf_escaped ("%s → %s  |  %s", shown, r->numpy.name,
                                     r->torch.exists ? r->torch.name : _("no tensor"));
  rows_clear (rows);
  return formula;
}

char *
dlm_datatypes_explain_dtypes (DlmDatatypesTopic *self)
{
  DtypeRow rows[N_ROWS] = { { 0 } };
  const DtypeRow *r = &rows[N_EXAMPLES];
  g_autofree char *yours = NULL;
  char *text;

  collect_rows (self, rows);
  yours = g_markup_printf_escaped (_("In your values the highest kind is %s, so NumPy makes %s "
                                     "and PyTorch %s."), kind_name (r->kind), r->numpy.name,
                                   r->torch.exists ? r->torch.name : _("no tensor"));
  text = g_strconcat (_("An array has one dtype for all its elements: the lowest that holds each "
                        "of them, in the order bool, integer, float, string. NumPy's default "
                        "float is float64, PyTorch's float32, and PyTorch has no string tensors."),
                      " ", yours, " ",
                      /* torch.Tensor([1, 2, 3]) -> torch.float32; torch.tensor([1, 2, 3]) -> torch.int64 */
                      _("Mind the capital T: torch.Tensor() always makes float32, so torch.Tensor([1, 2, 3]) "
                        "is float32 where torch.tensor([1, 2, 3]) is int64."), NULL);
  rows_clear (rows);
  return text;
}

void
dlm_datatypes_csv_dtypes (DlmDatatypesTopic *self,
                          GString           *out)
{
  DtypeRow rows[N_ROWS] = { { 0 } };

  collect_rows (self, rows);
  g_string_append (out, "index,values,shape,numpy_dtype,numpy_itemsize,torch_dtype,torch_itemsize,yours\n");
  for (guint i = 0; i < N_ROWS; i++)
    {
      g_string_append_printf (out, "%u,", i);
      dlm_csv_append_field (out, rows[i].text);
      g_string_append_c (out, ',');
      dlm_csv_append_field (out, rows[i].shape);
      g_string_append_printf (out, ",%s,%u,", rows[i].numpy.name, rows[i].numpy.itemsize);
      if (rows[i].torch.exists)
        g_string_append_printf (out, "%s,%u", rows[i].torch.name, rows[i].torch.itemsize);
      else
        g_string_append_c (out, ',');
      g_string_append_printf (out, ",%d\n", i == N_EXAMPLES);
    }
  rows_clear (rows);
}

void
dlm_datatypes_summary_dtypes (DlmDatatypesTopic *self,
                              GString           *out)
{
  DtypeRow rows[N_ROWS] = { { 0 } };
  const DtypeRow *r = &rows[N_EXAMPLES];

  collect_rows (self, rows);
  dlm_summary_add_string (out, "values", r->text);
  dlm_summary_add_string (out, "values_shape", r->shape);
  dlm_summary_add_string (out, "numpy_dtype", r->numpy.name);
  dlm_summary_add_number (out, "numpy_itemsize", r->numpy.itemsize);
  dlm_summary_add_string (out, "torch_dtype", r->torch.exists ? r->torch.name : "none");
  if (r->torch.exists)
    dlm_summary_add_number (out, "torch_itemsize", r->torch.itemsize);
  rows_clear (rows);
}

/* What the cursor reads on table row @row (0: the header). */
char *
dlm_datatypes_dtypes_point (DlmDatatypesTopic *self,
                            guint              row)
{
  DtypeRow rows[N_ROWS] = { { 0 } };
  char *text;

  if (row == 0)
    return g_strdup (_("Columns: Python value, NumPy dtype and bytes, PyTorch dtype and bytes"));
  collect_rows (self, rows);
  text = row_sentence (&rows[MIN (row, N_ROWS) - 1]);
  rows_clear (rows);
  return text;
}
