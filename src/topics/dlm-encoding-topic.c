/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "dlm-encoding.h"
#include "dlm-encoding-private.h"
#include "dlm-error.h"
#include "dlm-format.h"
#include "dlm-parse.h"

G_DEFINE_ENUM_TYPE (DlmEncodingScheme, dlm_encoding_scheme,
  G_DEFINE_ENUM_VALUE (DLM_ENCODING_DUMMY, "dummy"),
  G_DEFINE_ENUM_VALUE (DLM_ENCODING_ONEHOT, "onehot"),
  G_DEFINE_ENUM_VALUE (DLM_ENCODING_LABEL, "label"))

G_DEFINE_FINAL_TYPE (DlmEncodingTopic, dlm_encoding_topic, DLM_TYPE_TOPIC)

enum {
  PROP_0,
  PROP_VALUES,
  PROP_SCHEME,
  PROP_CATEGORIES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- state ------------------------------------------------------------ */

static GStrv
parse_values (const char  *text,
              GError     **error)
{
  GStrv values = dlm_parse_labels ("values", text, DLM_ENCODING_MAX_VALUES, error);

  if (values != NULL && values[0] == NULL)
    {
      g_strfreev (values);
      g_set_error (error, DLM_ERROR, DLM_ERROR_EMPTY,
                   _("values: empty; accepted: 1 to %d labels separated by commas"),
                   DLM_ENCODING_MAX_VALUES);
      return NULL;
    }
  return values;
}

static GStrv
parse_categories (const char  *text,
                  GError     **error)
{
  g_auto(GStrv) categories = dlm_parse_labels ("categories", text,
                                               DLM_ENCODING_MAX_CATEGORIES, error);

  if (categories == NULL ||
      !dlm_encoding_check_categories ((const char *const *) categories, error))
    return NULL;
  return g_steal_pointer (&categories);
}

/* The categories in use and the encoded matrix; on a refusal (a state that
 * check_state reports) the matrix is NULL. */
static gboolean
encode (DlmEncodingTopic  *self,
        GError           **error)
{
  guint n_categories;

  g_clear_pointer (&self->matrix, gsl_matrix_free);
  g_clear_pointer (&self->categories, g_strfreev);
  if (self->values == NULL || self->typed_categories == NULL)
    return FALSE;

  self->categories = self->typed_categories[0] != NULL
    ? g_strdupv (self->typed_categories)
    : dlm_encoding_categories_sorted ((const char *const *) self->values);
  n_categories = g_strv_length (self->categories);
  if (n_categories > DLM_ENCODING_MAX_CATEGORIES)
    {
      /* the field whose labels make the columns: categories when typed */
      g_set_error (error, DLM_ERROR, DLM_ERROR_TOO_LARGE,
                   _("%s: %u different labels; accepted: at most %u categories"),
                   self->typed_categories[0] != NULL ? "categories" : "values",
                   n_categories, DLM_ENCODING_MAX_CATEGORIES);
      return FALSE;
    }
  self->indices = g_renew (guint, self->indices, g_strv_length (self->values));
  self->matrix = dlm_encoding_encode ((const char *const *) self->values,
                                      (const char *const *) self->categories,
                                      self->scheme, error);
  return self->matrix != NULL &&
         dlm_encoding_indices ((const char *const *) self->values,
                               (const char *const *) self->categories, self->indices, error);
}

static void
update (DlmEncodingTopic *self,
        guint             prop_id)
{
  encode (self, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
set_values (DlmEncodingTopic *self,
            const char       *text)
{
  g_autoptr(GError) error = NULL;
  GStrv values;

  if (g_strcmp0 (self->values_text, text) == 0)
    return;
  /* the text was checked by check_text before it got here */
  values = parse_values (text, &error);
  g_return_if_fail (values != NULL);

  g_free (self->values_text);
  self->values_text = g_strdup (text);
  g_strfreev (self->values);
  self->values = values;
  update (self, PROP_VALUES);
}

static void
set_categories (DlmEncodingTopic *self,
                const char       *text)
{
  g_autoptr(GError) error = NULL;
  GStrv categories;

  if (g_strcmp0 (self->categories_text, text) == 0)
    return;
  categories = parse_categories (text, &error);
  g_return_if_fail (categories != NULL);

  g_free (self->categories_text);
  self->categories_text = g_strdup (text);
  g_strfreev (self->typed_categories);
  self->typed_categories = categories;
  update (self, PROP_CATEGORIES);
}

static void
set_scheme (DlmEncodingTopic  *self,
            DlmEncodingScheme  scheme)
{
  if (self->scheme == scheme)
    return;
  self->scheme = scheme;
  update (self, PROP_SCHEME);
}

static guint
n_values (DlmEncodingTopic *self)
{
  return g_strv_length (self->values);
}

guint
dlm_encoding_n_categories (DlmEncodingTopic *self)
{
  return g_strv_length (self->categories);
}

const DlmColor *
dlm_encoding_category_color (const DlmTheme *theme,
                             guint           k)
{
  return &theme->series[k % DLM_THEME_N_SERIES];
}

/* The heading of matrix column @j: a category, or what the one column holds. */
static char *
column_name (DlmEncodingTopic *self,
             guint             j)
{
  switch (self->scheme)
    {
    case DLM_ENCODING_DUMMY:
      return g_strdup (self->categories[1]);
    case DLM_ENCODING_LABEL:
      return g_strdup ("label");
    case DLM_ENCODING_ONEHOT:
    default:
      return g_strdup (self->categories[j]);
    }
}

static int
cell_value (DlmEncodingTopic *self,
            guint             i,
            guint             j)
{
  return (int) gsl_matrix_get (self->matrix, i, j);
}

/* ---- drawing: the observations and the matrix --------------------------- */

void
dlm_encoding_rounded_rect (cairo_t *cr,
                           DlmRect  r,
                           double   radius)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, r.x + r.width - radius, r.y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, r.x + r.width - radius, r.y + r.height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, r.x + radius, r.y + r.height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, r.x + radius, r.y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

/* A label in a box outlined in its category's colour. */
void
dlm_encoding_draw_chip (cairo_t        *cr,
                        const DlmTheme *theme,
                        DlmRect         r,
                        const DlmColor *color,
                        DlmTextRole     role,
                        const char     *text)
{
  g_autofree char *markup = g_markup_escape_text (text, -1);
  DlmColor fill = dlm_color_with_alpha (color, 0.14);
  double th, f;

  dlm_encoding_rounded_rect (cr, r, MIN (r.height / 2, dlm_theme_px (theme, 6)));
  dlm_theme_set_color (cr, &theme->background);   /* hides lines behind the chip */
  cairo_fill_preserve (cr);
  dlm_theme_set_color (cr, &fill);
  cairo_fill_preserve (cr);
  dlm_theme_set_color (cr, color);
  cairo_set_line_width (cr, dlm_theme_px (theme, 1.5));
  cairo_stroke (cr);
  /* the name stays inside the chip: narrower, or shorter too when rows
   * are packed tight */
  dlm_text_size (cr, theme, role, markup, NULL, &th);
  f = MIN (1.0, (r.height - dlm_theme_px (theme, 2)) / MAX (th, 1));
  cairo_save (cr);
  cairo_translate (cr, r.x + r.width / 2, r.y + r.height / 2);
  cairo_scale (cr, f, f);
  dlm_text_draw_fitted (cr, theme, role, &theme->foreground, 0, 0, DLM_ANCHOR_CENTER,
                        (r.width - dlm_theme_px (theme, 6)) / f, markup);
  cairo_restore (cr);
}

static void
draw_cell (DlmEncodingTopic *self,
           cairo_t          *cr,
           const DlmTheme   *theme,
           guint             i,
           guint             j,
           DlmTextRole       role)
{
  const EncodingLayout *l = &self->layout;
  DlmRect r = { l->cells_x0 + j * l->cell_w, l->top + i * l->row_h, l->cell_w, l->row_h };
  int v = cell_value (self, i, j);
  gboolean lit = self->scheme == DLM_ENCODING_LABEL || v == 1;
  g_autofree char *text = g_strdup_printf (v == 1 && self->scheme != DLM_ENCODING_LABEL
                                           ? "<b>%d</b>" : "%d", v);

  if (lit)
    {
      /* light text on a dark background needs a darker tint than dark
       * text on a light one to keep its contrast */
      DlmColor fill = dlm_color_with_alpha (dlm_encoding_category_color (theme, self->indices[i]),
                                            theme->kind == DLM_THEME_DARK ? 0.32 : 0.45);
      cairo_rectangle (cr, r.x, r.y, r.width, r.height);
      dlm_theme_set_color (cr, &fill);
      cairo_fill (cr);
    }
  cairo_rectangle (cr, r.x, r.y, r.width, r.height);
  dlm_theme_set_color (cr, &theme->grid);
  cairo_set_line_width (cr, dlm_theme_px (theme, 1));
  cairo_stroke (cr);
  if (l->cell_w >= dlm_theme_px (theme, 12))
    dlm_text_draw (cr, theme, role, lit ? &theme->foreground : &theme->muted,
                   r.x + r.width / 2, r.y + r.height / 2, DLM_ANCHOR_CENTER, text);
}

static void
draw_headers (DlmEncodingTopic *self,
              cairo_t          *cr,
              const DlmTheme   *theme,
              DlmTextRole       role)
{
  const EncodingLayout *l = &self->layout;
  double y = l->top - dlm_theme_px (theme, 6), line;
  g_autofree char *observed = g_markup_escape_text (_("Observed"), -1);

  /* on the highest row of names: the lower ones may reach left of the
   * matrix, over the arrows */
  dlm_text_size (cr, theme, role, observed, NULL, &line);
  dlm_text_draw_fitted (cr, theme, role, &theme->muted, (l->label_x0 + l->label_x1) / 2,
                        y - (l->name_rows - 1) * line * 1.1, DLM_ANCHOR_SOUTH, l->label_x1 - l->label_x0,
                        observed);
  if (!l->names)
    return;   /* too narrow for names: the probe reads them out */
  for (guint j = 0; j < l->cols; j++)
    {
      g_autofree char *name = column_name (self, j);
      g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>", name);
      const DlmColor *color = self->scheme == DLM_ENCODING_ONEHOT ? dlm_encoding_category_color (theme, j)
                            : self->scheme == DLM_ENCODING_DUMMY ? dlm_encoding_category_color (theme, 1)
                            : NULL;
      double bar = dlm_theme_px (theme, 3), h;

      /* the name in the text colour, which reads on any background; the
       * category's colour as a bar under it, as on the chips */
      dlm_text_size (cr, theme, role, markup, NULL, &h);
      if (l->name_rows == 1)
        dlm_text_draw_fitted (cr, theme, role, &theme->foreground, l->cells_x0 + (j + 0.5) * l->cell_w,
                              y - (color != NULL ? 2 * bar : 0), DLM_ANCHOR_SOUTH,
                              l->cell_w - dlm_theme_px (theme, 2), markup);
      else
        /* staggered, each ending at its column's right edge: the next
         * name on the same row starts name_rows columns further right */
        dlm_text_draw_fitted (cr, theme, role, &theme->foreground, l->cells_x0 + (j + 0.9) * l->cell_w,
                              y - (color != NULL ? 2 * bar : 0) - (j % l->name_rows) * h * 1.1,
                              DLM_ANCHOR_SOUTH_EAST, 0.9 * l->name_rows * l->cell_w, markup);
      if (color == NULL)
        continue;
      cairo_save (cr);
      dlm_theme_set_color (cr, color);
      cairo_rectangle (cr, l->cells_x0 + (j + 0.2) * l->cell_w, y - bar, 0.6 * l->cell_w, bar);
      cairo_fill (cr);
      cairo_restore (cr);
    }
}

void
dlm_encoding_draw_connector (cairo_t        *cr,
                             const DlmTheme *theme,
                             double          x0,
                             double          x1,
                             double          y,
                             const DlmColor *color)
{
  double head = dlm_theme_px (theme, 5);

  dlm_theme_set_color (cr, color);
  cairo_set_line_width (cr, dlm_theme_px (theme, 1.5));
  cairo_move_to (cr, x0, y);
  cairo_line_to (cr, x1 - head, y);
  cairo_stroke (cr);
  cairo_move_to (cr, x1, y);
  cairo_line_to (cr, x1 - head, y - head * 0.7);
  cairo_line_to (cr, x1 - head, y + head * 0.7);
  cairo_close_path (cr);
  cairo_fill (cr);
}

static void
draw_rows (DlmEncodingTopic *self,
           cairo_t          *cr,
           const DlmTheme   *theme,
           DlmTextRole       role)
{
  const EncodingLayout *l = &self->layout;
  double pad = MIN (dlm_theme_px (theme, 3), l->row_h * 0.12);

  for (guint i = 0; i < l->rows; i++)
    {
      const DlmColor *color = dlm_encoding_category_color (theme, self->indices[i]);
      double y = l->top + (i + 0.5) * l->row_h;
      DlmRect chip = { l->label_x0, l->top + i * l->row_h + pad,
                       l->label_x1 - l->label_x0, l->row_h - 2 * pad };

      dlm_encoding_draw_chip (cr, theme, chip, color, role, self->values[i]);
      dlm_encoding_draw_connector (cr, theme, l->label_x1 + dlm_theme_px (theme, 4),
                      l->cells_x0 - dlm_theme_px (theme, 4), y, color);
      for (guint j = 0; j < l->cols; j++)
        draw_cell (self, cr, theme, i, j, role);
    }
}

/* The widest observation label, in px, at @role. */
static double
widest_label (DlmEncodingTopic *self,
              cairo_t          *cr,
              const DlmTheme   *theme,
              DlmTextRole       role)
{
  g_autofree char *observed = g_markup_escape_text (_("Observed"), -1);
  double widest, h;

  dlm_text_size (cr, theme, role, observed, &widest, &h);

  for (guint k = 0; self->categories[k] != NULL; k++)
    {
      g_autofree char *markup = g_markup_escape_text (self->categories[k], -1);
      double w;

      dlm_text_size (cr, theme, role, markup, &w, &h);
      widest = MAX (widest, w);
    }
  return widest;
}

static void
place_rows (DlmEncodingTopic *self,
            cairo_t          *cr,
            const DlmTheme   *theme,
            DlmRect           area,
            DlmTextRole       role)
{
  EncodingLayout *l = &self->layout;
  guint n = n_values (self), cols = self->matrix->size2;
  double header = dlm_theme_px (theme, 34), footer, body, small;
  double label_w = MIN (widest_label (self, cr, theme, role) + dlm_theme_px (theme, 20),
                        area.width * 0.3);
  double arrow = dlm_theme_px (theme, 56);
  double space, widest = 0;

  /* the shape, and under it how many observations are left out */
  dlm_text_size (cr, theme, DLM_TEXT_BODY, "Ag", NULL, &body);
  dlm_text_size (cr, theme, DLM_TEXT_SMALL, "Ag", NULL, &small);
  footer = dlm_theme_px (theme, 12) + body * 1.1 + small;
  l->cell_w = MIN (dlm_theme_px (theme, 88), (area.width - label_w - arrow) / cols);
  if (self->scheme != DLM_ENCODING_ONEHOT)
    l->cell_w = MAX (l->cell_w, dlm_theme_px (theme, 80));
  /* column names wider than their columns are staggered over rows, each
   * row higher than the last, so that each has several columns' width */
  for (guint j = 0; j < cols; j++)
    {
      g_autofree char *name = column_name (self, j);
      g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>", name);
      double w;

      dlm_text_size (cr, theme, DLM_TEXT_BODY, markup, &w, NULL);
      widest = MAX (widest, w);
    }
  l->name_rows = MAX (dlm_layout_count (ceil (widest / (0.9 * l->cell_w)), MIN (cols, 4)), 1);
  /* past four rows they shrink, but never below half size (the plot kit's
   * floor), which must fit too */
  l->name_rows = MAX (l->name_rows, dlm_layout_count (ceil (0.5 * widest / (0.9 * l->cell_w)), cols));
  /* too many rows, or too narrow columns: no names, the probe reads them */
  l->names = l->cell_w >= dlm_theme_px (theme, 14) && l->name_rows <= 6;
  if (!l->names)
    l->name_rows = 1;
  header += (l->name_rows - 1) * body * 1.1;
  space = area.height - header - footer;

  l->row_h = MIN (dlm_theme_px (theme, 64), space / n);
  /* at least a line of small text high, whatever the theme's type size */
  l->row_h = MAX (l->row_h, MAX (dlm_theme_px (theme, 16), theme->font_size * theme->scale * 0.85 * 1.15));
  l->rows = dlm_layout_count (floor (space / l->row_h), n);
  l->cols = cols;
  /* the whole block is centred in the area */
  l->label_x0 = area.x + MAX (0, (area.width - label_w - arrow - cols * l->cell_w) / 2);
  l->label_x1 = l->label_x0 + label_w;
  l->cells_x0 = l->label_x1 + arrow;
  /* and vertically, when the rows leave room */
  l->top = area.y + header + MAX (0, (space - l->rows * l->row_h) / 2);
  l->valid = TRUE;
}

static void
draw_footer (DlmEncodingTopic *self,
             cairo_t          *cr,
             const DlmTheme   *theme)
{
  const EncodingLayout *l = &self->layout;
  double x = l->cells_x0 + l->cols * l->cell_w / 2;
  double y = l->top + l->rows * l->row_h + dlm_theme_px (theme, 8);
  guint n = n_values (self), hidden = n - l->rows;
  g_autofree char *shape = g_strdup_printf ("Y: %u × %u", n, (guint) self->matrix->size2);

  dlm_text_draw (cr, theme, DLM_TEXT_BODY, &theme->muted, x, y, DLM_ANCHOR_NORTH, shape);
  if (hidden > 0)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "… and %u more observation",
                                                            "… and %u more observations",
                                                            hidden), hidden);
      double h;

      /* on a line of its own: a narrow matrix puts its shape right of it */
      dlm_text_size (cr, theme, DLM_TEXT_BODY, shape, NULL, &h);
      dlm_text_draw (cr, theme, DLM_TEXT_SMALL, &theme->muted, l->label_x0, y + h * 1.1,
                     DLM_ANCHOR_NORTH_WEST, more);
    }
}

static void
draw_encoding (DlmEncodingTopic *self,
               cairo_t          *cr,
               const DlmTheme   *theme,
               DlmRect           area)
{
  DlmTextRole role;

  place_rows (self, cr, theme, area, DLM_TEXT_BODY);
  role = self->layout.row_h < dlm_theme_px (theme, 26) ? DLM_TEXT_SMALL : DLM_TEXT_BODY;
  draw_headers (self, cr, theme, DLM_TEXT_BODY);
  draw_rows (self, cr, theme, role);
  draw_footer (self, cr, theme);
}

static const char *
scheme_title (DlmEncodingScheme scheme)
{
  switch (scheme)
    {
    case DLM_ENCODING_DUMMY:
      return _("Dummy coding: two categories, one 0/1 column");
    case DLM_ENCODING_LABEL:
      return _("Label coding: one integer per category");
    case DLM_ENCODING_ONEHOT:
    default:
      return _("One-hot encoding: one 0/1 column per category");
    }
}

static void
dlm_encoding_topic_render (DlmTopic       *topic,
                           cairo_t        *cr,
                           const DlmTheme *theme,
                           double          width,
                           double          height)
{
  DlmEncodingTopic *self = DLM_ENCODING_TOPIC (topic);
  DlmRect area = dlm_figure_begin (cr, theme, width, height, scheme_title (self->scheme));
  double gap = dlm_theme_px (theme, 24);
  DlmRect main = { area.x, area.y, area.width * 0.55 - gap / 2, area.height };
  DlmRect side = { area.x + area.width * 0.55 + gap / 2, area.y,
                   area.width * 0.45 - gap / 2, area.height };

  self->layout.valid = FALSE;
  if (self->matrix == NULL)
    return;   /* only between the assignments of one apply */
  /* the column order the figure chose itself is said under the matrix,
   * in the matrix's own column, not over the figure's title */
  if (self->typed_categories[0] == NULL)
    {
      double h;

      dlm_text_size (cr, theme, DLM_TEXT_SMALL, "Ag", NULL, &h);
      main.height -= h * 1.5;
      dlm_text_draw_fitted (cr, theme, DLM_TEXT_SMALL, &theme->muted, main.x, main.y + main.height + h * 1.5,
                            DLM_ANCHOR_SOUTH_WEST, main.width,
                            _("Categories A–Z, as in pandas and scikit-learn"));
    }
  draw_encoding (self, cr, theme, main);
  side.height = MIN (side.height, dlm_theme_px (theme, 560));
  side.y = area.y + (area.height - side.height) / 2;
  /* at a high zoom there is not room for two readable cards: the one about
   * the chosen scheme then takes the whole column */
  if (side.height < dlm_theme_px (theme, 360))
    dlm_encoding_draw_scheme_card (self, cr, theme, side);
  else
    {
      dlm_encoding_draw_scheme_card (self, cr, theme,
                        (DlmRect) { side.x, side.y, side.width, side.height * 0.55 - gap / 2 });
      dlm_encoding_draw_kinds_card (self, cr, theme, (DlmRect) { side.x, side.y + side.height * 0.55 + gap / 2,
                                                    side.width, side.height * 0.45 - gap / 2 });
    }
}

/* ---- words ----------------------------------------------------------------- */

/* The encoded matrix, a row per observation after its 0-based index. */
static void
dlm_encoding_topic_write_csv (DlmTopic *topic,
                              GString  *out)
{
  DlmEncodingTopic *self = DLM_ENCODING_TOPIC (topic);

  g_string_append (out, "index");
  for (guint j = 0; j < self->matrix->size2; j++)
    {
      g_autofree char *name = column_name (self, j);

      g_string_append_c (out, ',');
      dlm_csv_append_field (out, name);
    }
  g_string_append_c (out, '\n');
  for (guint i = 0; i < self->matrix->size1; i++)
    {
      g_string_append_printf (out, "%u", i);
      for (guint j = 0; j < self->matrix->size2; j++)
        {
          g_string_append_c (out, ',');
          dlm_format_number (out, gsl_matrix_get (self->matrix, i, j));
        }
      g_string_append_c (out, '\n');
    }
}

/* How often each category occurs, in column order: "1, 2, 1". */
static char *
category_counts (DlmEncodingTopic *self)
{
  guint k = dlm_encoding_n_categories (self);
  g_autofree guint *counts = g_new0 (guint, k);
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < n_values (self); i++)
    counts[self->indices[i]]++;
  for (guint j = 0; j < k; j++)
    g_string_append_printf (s, j > 0 ? ", %u" : "%u", counts[j]);
  return g_string_free (s, FALSE);
}

/* The codes of label coding: "History=0, Scifi=1, Kids=2". */
static char *
label_codes (DlmEncodingTopic *self)
{
  GString *s = g_string_new (NULL);

  for (guint j = 0; self->categories[j] != NULL; j++)
    g_string_append_printf (s, j > 0 ? ", %s=%u" : "%s=%u", self->categories[j], j);
  return g_string_free (s, FALSE);
}

/* How many observations dummy coding writes as 1. */
static guint
count_ones (DlmEncodingTopic *self)
{
  guint n = 0;

  for (guint i = 0; i < n_values (self); i++)
    n += cell_value (self, i, 0) == 1;
  return n;
}

static void
write_scheme_summary (DlmEncodingTopic *self,
                      GString          *out)
{
  g_autofree char *text = NULL;

  switch (self->scheme)
    {
    case DLM_ENCODING_DUMMY:
      dlm_summary_add_string (out, "reference", self->categories[0]);
      dlm_summary_add_string (out, "indicator", self->categories[1]);
      dlm_summary_add_number (out, "indicator_count", count_ones (self));
      break;
    case DLM_ENCODING_LABEL:
      text = label_codes (self);
      dlm_summary_add_string (out, "codes", text);
      dlm_summary_add_number (out, "max_code", dlm_encoding_n_categories (self) - 1);
      break;
    case DLM_ENCODING_ONEHOT:
    default:
      text = category_counts (self);
      dlm_summary_add_string (out, "category_counts", text);
      /* two one-hot rows of different categories differ by 1 in two
       * places: √(1² + 1²) apart, the distance the card draws */
      if (dlm_encoding_n_categories (self) >= 2)
        dlm_summary_add_number (out, "category_distance", hypot (1, 1));
      break;
    }
}

/* The data (the same in every scheme), the width of the encoded matrix,
 * then what the scheme shown makes of the data: keys of one scheme are
 * never written by another. */
static void
dlm_encoding_topic_write_summary (DlmTopic *topic,
                                  GString  *out)
{
  DlmEncodingTopic *self = DLM_ENCODING_TOPIC (topic);
  GEnumValue *value = g_enum_get_value (g_type_class_peek (DLM_TYPE_ENCODING_SCHEME),
                                        self->scheme);
  g_autofree char *order = g_strjoinv (", ", self->categories);

  dlm_summary_add_number (out, "n", n_values (self));
  dlm_summary_add_number (out, "categories", dlm_encoding_n_categories (self));
  dlm_summary_add_string (out, "scheme", value->value_nick);
  dlm_summary_add_string (out, "category_order", order);
  dlm_summary_add_number (out, "columns", self->matrix->size2);
  write_scheme_summary (self, out);
}

/* "Scifi → 0, 1, 0" */
static char *
describe_row (DlmEncodingTopic *self,
              guint             i)
{
  GString *s = g_string_new (self->values[i]);

  g_string_append (s, " → ");
  for (guint j = 0; j < self->matrix->size2; j++)
    g_string_append_printf (s, j > 0 ? ", %d" : "%d", cell_value (self, i, j));
  return g_string_free (s, FALSE);
}

static char *
describe_rows (DlmEncodingTopic *self)
{
  guint n = n_values (self);
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < MIN (n, 10); i++)
    {
      g_autofree char *row = describe_row (self, i);
      g_string_append_printf (s, "%s%s", i > 0 ? "; " : "", row);
    }
  if (n > 10)
    g_string_append_printf (s, _(", and %u more"), n - 10);
  return g_string_free (s, FALSE);
}

/* What the scheme's card says, with the categories of the data. */
static char *
describe_card (DlmEncodingTopic *self)
{
  g_autofree char *counts = NULL;

  switch (self->scheme)
    {
    case DLM_ENCODING_DUMMY:
      /* TRANSLATORS: "3 of the 4 observations are coded 1." */
      return g_strdup_printf (_("%u of the %u observations are coded 1."),
                              count_ones (self), n_values (self));
    case DLM_ENCODING_LABEL:
      if (dlm_encoding_n_categories (self) < 3)
        return g_strdup (_("With two categories, 0 and 1 is dummy coding."));
      /* TRANSLATORS: "A model reads the codes as amounts: History < Scifi <
       * Kids, and Kids (2) counts as twice Scifi (1)." */
      return g_strdup_printf (_("A model reads the codes as amounts: %1$s < %2$s < %3$s, and %3$s "
                                "(2) counts as twice %2$s (1)."),
                              self->categories[0], self->categories[1], self->categories[2]);
    case DLM_ENCODING_ONEHOT:
    default:
      counts = category_counts (self);
      if (dlm_encoding_n_categories (self) < 2)
        /* TRANSLATORS: "The column sum, 4, counts the one category." */
        return g_strdup_printf (_("The column sum, %s, counts the one category."), counts);
      /* TRANSLATORS: "The column sums, 1, 2, 1, count each category; the rows
       * of any two categories are √2 apart." */
      return g_strdup_printf (_("The column sums, %s, count each category; the rows of any two "
                                "categories are %s apart."),
                              counts, "√2");
    }
}

static char *
describe_scheme (DlmEncodingTopic *self)
{
  g_autofree char *order = g_strjoinv (", ", self->categories);

  switch (self->scheme)
    {
    case DLM_ENCODING_DUMMY:
      return g_strdup_printf (_("Dummy coding of %u observations into one column: "
                                "%s is 1, %s is 0."),
                              n_values (self), self->categories[1], self->categories[0]);
    case DLM_ENCODING_LABEL:
      /* TRANSLATORS: "… the categories History, Scifi, Kids are numbered 0 to 2 in this order, …" */
      return g_strdup_printf (_("Label coding of %u observations: the categories %s are "
                                "numbered 0 to %u in this order, which suggests an order "
                                "the labels do not have."),
                              n_values (self), order, dlm_encoding_n_categories (self) - 1);
    case DLM_ENCODING_ONEHOT:
    default:
      return g_strdup_printf (_("One-hot encoding of %u observations into %u columns, "
                                "%s: each row has a single 1 in its category's column."),
                              n_values (self), dlm_encoding_n_categories (self), order);
    }
}

static char *
dlm_encoding_topic_describe (DlmTopic *topic)
{
  DlmEncodingTopic *self = DLM_ENCODING_TOPIC (topic);
  g_autofree char *scheme = describe_scheme (self);
  g_autofree char *rows = describe_rows (self);
  g_autofree char *card = describe_card (self);

  /* the figure notes an order it chose itself under the matrix */
  if (self->typed_categories[0] == NULL)
    return g_strdup_printf ("%s %s. %s %s", scheme, rows, card,
                            _("The categories are sorted A–Z, as pandas and scikit-learn sort them."));
  return g_strdup_printf ("%s %s. %s", scheme, rows, card);
}

static char *
dlm_encoding_topic_formula (DlmTopic *topic)
{
  DlmEncodingTopic *self = DLM_ENCODING_TOPIC (topic);
  g_autofree char *one = NULL;

  switch (self->scheme)
    {
    case DLM_ENCODING_DUMMY:
      one = g_markup_escape_text (self->categories[1], -1);
      return g_strdup_printf ("y<sub>i</sub> = 1 if x<sub>i</sub> = %s, else 0", one);
    case DLM_ENCODING_LABEL:
      return g_strdup_printf ("y<sub>i</sub> = k  where  x<sub>i</sub> = c<sub>k</sub>,   "
                              "k = 0, 1, …, %u", dlm_encoding_n_categories (self) - 1);
    case DLM_ENCODING_ONEHOT:
    default:
      return g_strdup_printf ("Y<sub>ik</sub> = 1 if x<sub>i</sub> = c<sub>k</sub>, else 0;   "
                              "Σ<sub>k</sub> Y<sub>ik</sub> = 1;   Y: %u × %u",
                              n_values (self), dlm_encoding_n_categories (self));
    }
}

static char *
dlm_encoding_topic_explanation (DlmTopic *topic)
{
  DlmEncodingTopic *self = DLM_ENCODING_TOPIC (topic);
  g_autofree char *one = NULL, *zero = NULL;

  switch (self->scheme)
    {
    case DLM_ENCODING_DUMMY:
      one = g_markup_escape_text (self->categories[1], -1);
      zero = g_markup_escape_text (self->categories[0], -1);
      /* TRANSLATORS: "… needs one number: 1 for pass, 0 for fail. …" (Pango markup) */
      return g_strdup_printf (_("An outcome with two categories needs one number: 1 for %s, 0 for "
                                "%s. The result is a single vector with one entry per "
                                "observation, here %u of them."), one, zero, n_values (self));
    case DLM_ENCODING_LABEL:
      return g_strdup_printf (_("Numbering the categories 0 to %u is compact, but a model treats "
                                "the numbers as amounts: it sees an order and equal steps that "
                                "the categories do not have. Use it for labels that really are "
                                "ordered, or as class indices for a loss function."),
                              dlm_encoding_n_categories (self) - 1);
    case DLM_ENCODING_ONEHOT:
    default:
      /* TRANSLATORS: "… so these 4 observations of 3 categories become a 4 × 3 matrix. …" */
      return g_strdup_printf (_("Each category gets its own column. A row has a 1 in the column of "
                                "its category and 0 everywhere else, so these %u observations of "
                                "%u categories become a %u × %u matrix. The column order is a "
                                "choice: set it under categories."),
                              n_values (self), dlm_encoding_n_categories (self),
                              n_values (self), dlm_encoding_n_categories (self));
    }
}

static gboolean
dlm_encoding_topic_probe (DlmTopic *topic,
                          double    x,
                          double    y,
                          DlmProbe *probe)
{
  DlmEncodingTopic *self = DLM_ENCODING_TOPIC (topic);
  const EncodingLayout *l = &self->layout;
  double row = l->valid ? floor ((y - l->top) / l->row_h) : -1;
  double col = l->valid ? floor ((x - l->cells_x0) / l->cell_w) : -1;
  g_autofree char *name = NULL;
  guint i;

  if (row < 0 || row >= l->rows)
    return FALSE;
  i = (guint) row;
  probe->y = l->top + (i + 0.5) * l->row_h;
  if (x >= l->label_x0 && x < l->cells_x0)
    {
      g_autofree char *text = describe_row (self, i);
      probe->x = l->label_x1;
      /* TRANSLATORS: "Observation 2: Kids → 0, 0, 1" */
      probe->text = g_strdup_printf (_("Observation %u: %s"), i + 1, text);
      return TRUE;
    }
  if (col < 0 || col >= l->cols)
    return FALSE;
  name = column_name (self, (guint) col);
  probe->x = l->cells_x0 + (col + 0.5) * l->cell_w;
  /* TRANSLATORS: "Observation 2 (Kids), column Scifi: 0" */
  probe->text = g_strdup_printf (_("Observation %u (%s), column %s: %d"), i + 1,
                                 self->values[i], name, cell_value (self, i, (guint) col));
  return TRUE;
}

/* The cursor visits the cells of the encoded matrix, one observation a
 * row, reading them as the probe does. */
static guint
dlm_encoding_topic_count_points (DlmTopic *topic,
                                 guint    *row_length)
{
  DlmEncodingTopic *self = DLM_ENCODING_TOPIC (topic);
  const EncodingLayout *l = &self->layout;

  *row_length = l->cols;
  return l->valid ? l->rows * l->cols : 0;
}

static gboolean
dlm_encoding_topic_get_point (DlmTopic *topic,
                              guint     index,
                              DlmProbe *point)
{
  DlmEncodingTopic *self = DLM_ENCODING_TOPIC (topic);
  const EncodingLayout *l = &self->layout;

  return dlm_encoding_topic_probe (topic, l->cells_x0 + (index % l->cols + 0.5) * l->cell_w,
                                   l->top + (index / l->cols + 0.5) * l->row_h, point);
}

static gboolean
dlm_encoding_topic_check_text (DlmTopic    *topic,
                               GParamSpec  *pspec,
                               const char  *text,
                               GError     **error)
{
  g_auto(GStrv) parsed = pspec == properties[PROP_VALUES] ? parse_values (text, error)
                                                          : parse_categories (text, error);
  return parsed != NULL;
}

static gboolean
dlm_encoding_topic_check_state (DlmTopic  *topic,
                                GError   **error)
{
  return encode (DLM_ENCODING_TOPIC (topic), error);
}

/* ---- GObject ------------------------------------------------------------------ */

static void
dlm_encoding_topic_finalize (GObject *object)
{
  DlmEncodingTopic *self = DLM_ENCODING_TOPIC (object);

  g_clear_pointer (&self->values_text, g_free);
  g_clear_pointer (&self->categories_text, g_free);
  g_clear_pointer (&self->values, g_strfreev);
  g_clear_pointer (&self->typed_categories, g_strfreev);
  g_clear_pointer (&self->categories, g_strfreev);
  g_clear_pointer (&self->indices, g_free);
  g_clear_pointer (&self->matrix, gsl_matrix_free);

  G_OBJECT_CLASS (dlm_encoding_topic_parent_class)->finalize (object);
}

static void
dlm_encoding_topic_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  DlmEncodingTopic *self = DLM_ENCODING_TOPIC (object);

  switch (prop_id)
    {
    case PROP_VALUES:
      g_value_set_string (value, self->values_text);
      break;
    case PROP_SCHEME:
      g_value_set_enum (value, self->scheme);
      break;
    case PROP_CATEGORIES:
      g_value_set_string (value, self->categories_text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlm_encoding_topic_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  DlmEncodingTopic *self = DLM_ENCODING_TOPIC (object);

  switch (prop_id)
    {
    case PROP_VALUES:
      set_values (self, g_value_get_string (value));
      break;
    case PROP_SCHEME:
      set_scheme (self, g_value_get_enum (value));
      break;
    case PROP_CATEGORIES:
      set_categories (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlm_encoding_topic_class_init (DlmEncodingTopicClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  DlmTopicClass *topic_class = DLM_TOPIC_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = dlm_encoding_topic_finalize;
  object_class->get_property = dlm_encoding_topic_get_property;
  object_class->set_property = dlm_encoding_topic_set_property;

  topic_class->id = "encoding";
  topic_class->slides_param = "scheme";
  topic_class->title = N_("Reality to numbers");
  topic_class->check_text = dlm_encoding_topic_check_text;
  topic_class->check_state = dlm_encoding_topic_check_state;
  topic_class->render = dlm_encoding_topic_render;
  topic_class->write_csv = dlm_encoding_topic_write_csv;
  topic_class->write_summary = dlm_encoding_topic_write_summary;
  topic_class->describe = dlm_encoding_topic_describe;
  topic_class->formula = dlm_encoding_topic_formula;
  topic_class->explanation = dlm_encoding_topic_explanation;
  topic_class->probe = dlm_encoding_topic_probe;
  topic_class->count_points = dlm_encoding_topic_count_points;
  topic_class->get_point = dlm_encoding_topic_get_point;
  topic_class->write_code = dlm_encoding_write_code;
  topic_class->write_plot_code = dlm_encoding_write_plot_code;

  properties[PROP_VALUES] =
    g_param_spec_string ("values", NULL,
                         N_("1 to 200 labels separated by commas, e.g. Scifi, Kids, History (case matters)"),
                         "Scifi, Kids, History", flags);
  properties[PROP_SCHEME] =
    g_param_spec_enum ("scheme", NULL, NULL, DLM_TYPE_ENCODING_SCHEME, DLM_ENCODING_ONEHOT, flags);
  properties[PROP_CATEGORIES] =
    g_param_spec_string ("categories", NULL,
                         N_("the column order: every label of values once, separated by commas, "
                            "at most 50; empty for A–Z"),
                         "History, Scifi, Kids", flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dlm_encoding_topic_init (DlmEncodingTopic *self)
{
  self->scheme = DLM_ENCODING_ONEHOT;
}

DlmTopic *
dlm_encoding_topic_new (void)
{
  return g_object_new (DLM_TYPE_ENCODING_TOPIC, NULL);
}

const gsl_matrix *
dlm_encoding_topic_get_matrix (DlmEncodingTopic *self)
{
  g_return_val_if_fail (DLM_IS_ENCODING_TOPIC (self), NULL);
  return self->matrix;
}

const char *const *
dlm_encoding_topic_get_categories (DlmEncodingTopic *self)
{
  g_return_val_if_fail (DLM_IS_ENCODING_TOPIC (self), NULL);
  return (const char *const *) self->categories;
}
