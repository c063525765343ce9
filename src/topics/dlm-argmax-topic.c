/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <glib/gi18n.h>
#include <gsl/gsl_statistics_double.h>
#include <math.h>

#include "dlm-argmax-private.h"
#include "dlm-error.h"
#include "dlm-format.h"
#include "dlm-parse.h"


G_DEFINE_ENUM_TYPE (DlmArgmaxView, dlm_argmax_view,
  G_DEFINE_ENUM_VALUE (DLM_ARGMAX_VIEW_VALUES, "values"),
  G_DEFINE_ENUM_VALUE (DLM_ARGMAX_VIEW_CLASSIFIER, "classifier"),
  G_DEFINE_ENUM_VALUE (DLM_ARGMAX_VIEW_FUNCTION, "function"))

G_DEFINE_FINAL_TYPE (DlmArgmaxTopic, dlm_argmax_topic, DLM_TYPE_TOPIC)

enum {
  PROP_0,
  PROP_VALUES,
  PROP_LABELS,
  PROP_INDEX_BASE,
  PROP_VIEW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- the function view's two curves ------------------------------------ */

/* A smooth bump whose highest point, 3, lies at x = −1. */
double
dlm_argmax_topic_bump (double x)
{
  return 1 + 2 * exp (-(x + 1) * (x + 1));
}

/* A loss curve whose lowest point, 1, lies at x = 2. */
double
dlm_argmax_topic_loss (double x)
{
  return (x - 2) * (x - 2) + 1;
}

/* x of grid point i, computed as NumPy's linspace does. */
static double
grid_x (gsize i)
{
  double step = (DLM_ARGMAX_GRID_MAX - DLM_ARGMAX_GRID_MIN) / (DLM_ARGMAX_GRID_N - 1);

  return i * step + DLM_ARGMAX_GRID_MIN;
}

/* argmax of the bump and argmin of the loss on the grid, first occurrence
 * (np.argmax / np.argmin of the sampled curves). */
void
dlm_argmax_topic_grid_extrema (gsize  *bump_argmax,
                               double *bump_argmax_x,
                               gsize  *loss_argmin,
                               double *loss_argmin_x)
{
  g_autofree double *bump = g_new (double, DLM_ARGMAX_GRID_N);
  g_autofree double *loss = g_new (double, DLM_ARGMAX_GRID_N);
  gsize imax, imin;

  for (gsize i = 0; i < DLM_ARGMAX_GRID_N; i++)
    {
      bump[i] = dlm_argmax_topic_bump (grid_x (i));
      loss[i] = dlm_argmax_topic_loss (grid_x (i));
    }
  imax = gsl_stats_max_index (bump, 1, DLM_ARGMAX_GRID_N);
  imin = gsl_stats_min_index (loss, 1, DLM_ARGMAX_GRID_N);
  if (bump_argmax != NULL)
    *bump_argmax = imax;
  if (bump_argmax_x != NULL)
    *bump_argmax_x = grid_x (imax);
  if (loss_argmin != NULL)
    *loss_argmin = imin;
  if (loss_argmin_x != NULL)
    *loss_argmin_x = grid_x (imin);
}

/* ---- state ------------------------------------------------------------- */

static const double *
values_of (DlmArgmaxTopic *self)
{
  return (const double *) self->values->data;
}

static double
value_at (DlmArgmaxTopic *self,
          gsize           i)
{
  return g_array_index (self->values, double, i);
}

static void
set_values (DlmArgmaxTopic *self,
            const char     *text)
{
  g_autoptr(GError) error = NULL;
  GArray *values;

  if (g_strcmp0 (self->values_text, text) == 0)
    return;

  /* the text was checked by check_text before it got here */
  values = dlm_parse_vector ("values", text, DLM_ARGMAX_MAX_VALUES, &error);
  g_return_if_fail (values != NULL);

  g_free (self->values_text);
  self->values_text = g_strdup (text);
  g_clear_pointer (&self->values, g_array_unref);
  self->values = values;
  /* GSL, like NumPy, returns the first of several equal extremes */
  self->argmin = gsl_stats_min_index (values_of (self), 1, values->len);
  self->argmax = gsl_stats_max_index (values_of (self), 1, values->len);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUES]);
}

static void
set_labels (DlmArgmaxTopic *self,
            const char     *text)
{
  g_autoptr(GError) error = NULL;
  GStrv labels;

  if (g_strcmp0 (self->labels_text, text) == 0)
    return;

  labels = dlm_parse_labels ("labels", text, DLM_ARGMAX_MAX_VALUES, &error);
  g_return_if_fail (labels != NULL);

  g_free (self->labels_text);
  self->labels_text = g_strdup (text);
  g_strfreev (self->labels);
  self->labels = labels;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABELS]);
}

static void
set_index_base (DlmArgmaxTopic *self,
                int             base)
{
  if (self->index_base == base)
    return;
  self->index_base = base;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INDEX_BASE]);
}

/* Each view opens on its own example: the values view on the list of the
 * course's min/max slide, the classifier view on the course's classifier
 * output (the stop sign). The function view draws fixed curves and shares
 * the values view's list. */
typedef struct {
  const char *values;
  const char *labels;
} ViewExample;

static const ViewExample list_example = { "1, -1, 3, 0, 4, 3", "" };
static const ViewExample classifier_example = {
  "0, 0.05, 0.8, 0.1, 0.05", "squirrel, speed-limit sign, stop sign, tomato, car"
};

static const ViewExample *
view_example (DlmArgmaxView view)
{
  return view == DLM_ARGMAX_VIEW_CLASSIFIER ? &classifier_example : &list_example;
}

/* Switching views swaps the example only while the values and labels are
 * still the old view's example: once the user has typed their own, they
 * are kept. The rule depends on nothing but the parameters, so the
 * window, the command line (--set view=classifier alone) and the slides
 * all show the same figure. */
static void
set_view (DlmArgmaxTopic *self,
          DlmArgmaxView   view)
{
  const ViewExample *from = view_example (self->view), *to = view_example (view);

  if (self->view == view)
    return;
  self->view = view;
  if (from != to && g_strcmp0 (self->values_text, from->values) == 0 &&
      g_strcmp0 (self->labels_text, from->labels) == 0)
    {
      set_values (self, to->values);
      set_labels (self, to->labels);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW]);
}

/* How many values equal values[i] (ties of an extreme). */
static guint
count_equal (DlmArgmaxTopic *self,
             gsize           i)
{
  guint count = 0;

  for (guint j = 0; j < self->values->len; j++)
    count += value_at (self, j) == value_at (self, i);
  return count;
}

static guint
n_labels (DlmArgmaxTopic *self)
{
  return self->labels != NULL ? g_strv_length (self->labels) : 0;
}

/* The name typed for value i, or NULL. */
static const char *
name_at (DlmArgmaxTopic *self,
         gsize           i)
{
  return i < n_labels (self) ? self->labels[i] : NULL;
}

/* The index in the chosen counting: i itself, or the position i + 1. */
static gsize
shown_index (DlmArgmaxTopic *self,
             gsize           i)
{
  return i + (gsize) self->index_base;
}

/* "1 (NumPy, 0-based) / position 2 (1-based)", the chosen counting first. */
static char *
location_text (DlmArgmaxTopic *self,
               gsize           i)
{
  if (self->index_base == 0)
    /* TRANSLATORS: an index in NumPy's counting from 0, then the same place counted from 1 */
    return g_strdup_printf (_("%lu (NumPy, 0-based) / position %lu (1-based)"),
                            (unsigned long) i, (unsigned long) i + 1);
  /* TRANSLATORS: a position counted from 1, then the same place as NumPy's index from 0 */
  return g_strdup_printf (_("position %lu (1-based) / index %lu (NumPy, 0-based)"),
                          (unsigned long) i + 1, (unsigned long) i);
}

/* The same on two lines, for narrow spaces. */
static char *
location_lines (DlmArgmaxTopic *self,
                gsize           i)
{
  g_autofree char *text = location_text (self, i);
  g_auto(GStrv) parts = g_strsplit (text, " / ", 2);

  return g_strjoinv ("\n= ", parts);
}

/* Labels are optional and need not match the values one for one: values
 * without a name are shown by their index, extra names are not used. The
 * figure and the description say so. */
static char *
labels_notice (DlmArgmaxTopic *self)
{
  guint nl = n_labels (self), n = self->values->len;

  if (nl == 0 || nl == n)
    return NULL;
  if (nl < n)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "labels: %u name for %u values; the others are shown by their index",
                                         "labels: %u names for %u values; the others are shown by their index",
                                         nl),
                            nl, n);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "labels: %u names for %u value; the extra names are not used",
                                       "labels: %u names for %u values; the extra names are not used",
                                       n),
                          nl, n);
}

/* ---- drawing: the values view ------------------------------------------ */

static GStrv
category_labels (DlmArgmaxTopic *self)
{
  GStrv labels = g_new0 (char *, self->values->len + 1);

  for (guint i = 0; i < self->values->len; i++)
    labels[i] = name_at (self, i) != NULL
      ? g_markup_escape_text (name_at (self, i), -1)
      : g_strdup_printf ("%lu", (unsigned long) shown_index (self, i));
  return labels;
}

static void
value_range (DlmArgmaxTopic *self,
             double          headroom,
             double         *lo,
             double         *hi)
{
  double vmin = value_at (self, self->argmin), vmax = value_at (self, self->argmax);
  double span;

  *lo = MIN (0, vmin);
  *hi = MAX (0, vmax);
  span = *hi - *lo > 0 ? *hi - *lo : 1;
  *hi += span * headroom;
  if (*lo < 0)
    *lo -= span * 0.15;
}

/* Outlines every bar equal to the extreme at @first: ties are all marked,
 * while argmin/argmax name only the first. */
static void
outline_ties (DlmArgmaxTopic *self,
              DlmAxes        *axes,
              gsize           first,
              const DlmColor *color)
{
  for (guint i = 0; i < self->values->len; i++)
    if (value_at (self, i) == value_at (self, first))
      dlm_axes_bar_outline (axes, i, value_at (self, i), 0, 1, color);
}

static void
draw_ties_fill (DlmArgmaxTopic *self,
                DlmAxes        *axes,
                gsize           first,
                const DlmColor *color)
{
  guint n = self->values->len;
  g_autofree double *bars = g_new0 (double, n);

  for (guint i = 0; i < n; i++)
    bars[i] = value_at (self, i) == value_at (self, first) ? value_at (self, i) : 0;
  dlm_axes_bars (axes, bars, n, 0, 1, color, DLM_DIGITS_NONE);
}

/* A bar of height 0 has no area: a flat mark of the bar's width on the
 * base line gives its "0" label something to stand on. */
static void
draw_zero_bars (DlmArgmaxTopic *self,
                 DlmAxes        *axes,
                 const DlmColor *color)
{
  if (self->values->len > 100)
    return;
  for (guint i = 0; i < self->values->len; i++)
    if (value_at (self, i) == 0)
      dlm_axes_bar_outline (axes, i, 0, 0, 1, color);
}

/* "argmax" beyond the end of its bar, past the bar's value label, so it
 * neither straddles the bar's edge nor covers a neighbour's label. */
static void
tag_bar (DlmArgmaxTopic *self,
         DlmAxes        *axes,
         cairo_t        *cr,
         const DlmTheme *theme,
         gsize           i,
         const char     *markup)
{
  DlmAxesGeometry g = dlm_axes_get_geometry (axes);
  double value = value_at (self, i), label_h, gap = dlm_theme_px (theme, 4);
  double x = dlm_geometry_x_to_px (&g, i), end = dlm_geometry_y_to_px (&g, value);
  gboolean up = value >= 0;

  dlm_text_size (cr, theme, DLM_TEXT_SMALL, "0", NULL, &label_h);
  dlm_text_draw (cr, theme, DLM_TEXT_SMALL, &theme->foreground, x,
                 up ? end - 2 * gap - label_h : end + 2 * gap + label_h,
                 up ? DLM_ANCHOR_SOUTH : DLM_ANCHOR_NORTH, markup);
}

/* "at indices 1 and 3" style list of every place holding the value at i. */
static char *
tie_places (DlmArgmaxTopic *self,
            gsize           i)
{
  GString *s = g_string_new (NULL);
  guint listed = 0;

  for (guint j = 0; j < self->values->len; j++)
    if (value_at (self, j) == value_at (self, i))
      {
        /* at most ten places: a list of a thousand would say nothing */
        if (listed++ == 10)
          {
            g_string_append (s, ", …");
            break;
          }
        g_string_append_printf (s, "%s%lu", s->len > 0 ? ", " : "",
                                (unsigned long) shown_index (self, j));
      }
  return g_string_free (s, FALSE);
}

static char *
extreme_line (DlmArgmaxTopic *self,
              const char     *what,
              const char     *arg,
              gsize           i)
{
  g_autofree char *v = dlm_format_short (value_at (self, i), -1);
  g_autofree char *where = location_text (self, i);
  g_autofree char *places = tie_places (self, i);
  g_autofree char *tie_text = count_equal (self, i) > 1
    /* TRANSLATORS: shown after argmax when the largest value occurs at several places */
    ? g_strdup_printf (_(" — a tie at %s; the first is returned"), places)
    : g_strdup ("");

  return g_strdup_printf ("<b>%s</b> = %s    <b>%s</b> = %s%s", what, v, arg, where, tie_text);
}

static void
draw_values_note (DlmArgmaxTopic *self,
                  DlmAxes        *axes,
                  cairo_t        *cr,
                  const DlmTheme *theme)
{
  DlmAxesGeometry g = dlm_axes_get_geometry (axes);
  double pad = dlm_theme_px (theme, 8);
  g_autofree char *max_line = extreme_line (self, "max", "argmax", self->argmax);
  g_autofree char *min_line = extreme_line (self, "min", "argmin", self->argmin);
  g_autofree char *notice = labels_notice (self);
  g_autofree char *escaped = notice != NULL ? g_markup_escape_text (notice, -1) : NULL;
  g_autofree char *note = g_strdup_printf ("%s\n%s%s%s", max_line, min_line,
                                           escaped != NULL ? "\n" : "",
                                           escaped != NULL ? escaped : "");

  dlm_text_draw_boxed (cr, theme, DLM_TEXT_SMALL, g.plot.x + pad, g.plot.y + pad,
                       DLM_ANCHOR_NORTH_WEST, g.plot.width - 2 * pad, note);
}

static void
render_values (DlmArgmaxTopic *self,
               cairo_t        *cr,
               const DlmTheme *theme,
               DlmRect         area)
{
  g_auto(GStrv) labels = category_labels (self);
  g_autoptr(DlmAxes) axes = dlm_axes_new (cr, theme, area);
  const DlmColor *low = &theme->series[3];
  guint n = self->values->len;
  double lo, hi;

  value_range (self, 0.6, &lo, &hi);
  /* room below the lowest bar for its value and its tag */
  if (lo < 0)
    lo -= (hi - lo) * 0.1;
  dlm_axes_set_categories (axes, (const char *const *) labels, n);
  dlm_axes_set_y (axes, DLM_SCALE_LINEAR, lo, hi);
  dlm_axes_set_labels (axes, self->index_base == 0
                       ? _("index i (NumPy counts from 0)")
                       : _("position (the slides count from 1)"),
                       _("value"));
  dlm_axes_draw_frame (axes);
  dlm_axes_bars (axes, values_of (self), n, 0, 1, &theme->series[0], DLM_DIGITS_COMPACT);
  draw_zero_bars (self, axes, &theme->series[0]);
  draw_ties_fill (self, axes, self->argmin, low);
  draw_ties_fill (self, axes, self->argmax, &theme->highlight);
  /* outlines separate neighbouring tied bars; with hundreds of thin bars
   * they would merge into one block, so there the colour marks the ties */
  if (n <= 100)
    {
      outline_ties (self, axes, self->argmin, &theme->foreground);
      outline_ties (self, axes, self->argmax, &theme->foreground);
    }
  /* the tags name the first occurrence: the one argmin and argmax return */
  if (self->argmin == self->argmax)
    tag_bar (self, axes, cr, theme, self->argmax, "<b>argmin = argmax</b>");
  else
    {
      tag_bar (self, axes, cr, theme, self->argmax, "<b>argmax</b>");
      tag_bar (self, axes, cr, theme, self->argmin, "<b>argmin</b>");
    }
  draw_values_note (self, axes, cr, theme);
  self->panels[0] = dlm_axes_get_geometry (axes);
}

/* ---- drawing: the classifier view -------------------------------------- */

static double
values_sum (DlmArgmaxTopic *self)
{
  double sum = 0;

  for (guint i = 0; i < self->values->len; i++)
    sum += value_at (self, i);
  return sum;
}

static gboolean
looks_like_probabilities (DlmArgmaxTopic *self)
{
  return value_at (self, self->argmin) >= 0 && fabs (values_sum (self) - 1) < 1e-9;
}

static char *
prediction_name (DlmArgmaxTopic *self,
                 gsize           i)
{
  if (name_at (self, i) != NULL)
    return g_markup_escape_text (name_at (self, i), -1);
  /* TRANSLATORS: a class that has no name, shown by its index */
  return g_strdup_printf (_("class %lu"), (unsigned long) shown_index (self, i));
}

/* The prediction, its place and its value, top down in @card; returns
 * the y below the words. */
static double
draw_prediction (DlmArgmaxTopic *self,
                 cairo_t        *cr,
                 const DlmTheme *theme,
                 DlmRect         card)
{
  g_autofree char *name = prediction_name (self, self->argmax);
  g_autofree char *p = dlm_format_short (value_at (self, self->argmax), -1);
  g_autofree char *where = location_lines (self, self->argmax);
  g_autofree char *head = g_strdup_printf (_("Prediction: <b>%s</b>"), name);
  g_autofree char *places = tie_places (self, self->argmax);
  g_autofree char *tie = count_equal (self, self->argmax) > 1
    /* TRANSLATORS: several classes share the largest output */
    ? g_strdup_printf (_("\na tie at %s: the first one wins"), places)
    : g_strdup ("");
  g_autofree char *body = g_strdup_printf (looks_like_probabilities (self)
                                           ? _("argmax = %s\nits probability: %s%s")
                                           : _("argmax = %s\nits score: %s%s"),
                                           where, p, tie);
  g_autofree char *notice = labels_notice (self);
  g_autofree char *escaped = notice != NULL ? g_markup_escape_text (notice, -1) : NULL;
  double x = card.x + dlm_theme_px (theme, 12), width = card.width - dlm_theme_px (theme, 16);
  double y = card.y, h, w, gap = dlm_theme_px (theme, 14);

  dlm_text_size (cr, theme, DLM_TEXT_HEADLINE, head, NULL, &h);
  dlm_text_draw_fitted (cr, theme, DLM_TEXT_HEADLINE, &theme->foreground, x, y,
                        DLM_ANCHOR_NORTH_WEST, width, head);
  y += h + gap;
  dlm_text_size (cr, theme, DLM_TEXT_BODY, body, &w, &h);
  dlm_text_draw_boxed (cr, theme, DLM_TEXT_BODY, x, y, DLM_ANCHOR_NORTH_WEST, width, body);
  /* the box shrinks to fit the column: its height shrinks with it */
  y += (w + dlm_theme_px (theme, 12) > width ? h * width / (w + dlm_theme_px (theme, 12)) : h)
       + dlm_theme_px (theme, 12) + gap;
  if (!looks_like_probabilities (self))
    y += dlm_text_draw_wrapped (cr, theme, DLM_TEXT_SMALL, &theme->muted, x, y, width,
                                _("These scores do not add up to 1, so they are not probabilities. "
                                  "Softmax would turn them into probabilities without changing "
                                  "the argmax.")) + gap;
  if (escaped != NULL)
    y += dlm_text_draw_wrapped (cr, theme, DLM_TEXT_SMALL, &theme->muted, x, y, width, escaped) + gap;
  return y;
}

#define N_RANKED 5

static int
compare_descending (gconstpointer a,
                    gconstpointer b,
                    gpointer      data)
{
  DlmArgmaxTopic *self = data;
  double va = value_at (self, *(const guint *) a), vb = value_at (self, *(const guint *) b);

  return va > vb ? -1 : va < vb ? 1 : 0;
}

/* Class @i's name (or index) as markup, in bold if @bold, shortened with
 * "…" until it is at most @width wide: names in a column of fixed width
 * stay one size. */
static char *
fitted_name (DlmArgmaxTopic *self,
             cairo_t        *cr,
             const DlmTheme *theme,
             gsize           i,
             gboolean        bold,
             double          width)
{
  g_autofree char *plain = name_at (self, i) != NULL
    ? g_strdup (name_at (self, i)) : g_strdup_printf ("%lu", (unsigned long) shown_index (self, i));
  glong chars = g_utf8_strlen (plain, -1);

  for (glong keep = chars; ; keep--)
    {
      g_autofree char *head = g_utf8_substring (plain, 0, keep);
      g_autofree char *text = keep < chars ? g_strconcat (head, "…", NULL) : g_strdup (head);
      g_autofree char *escaped = g_markup_escape_text (text, -1);
      char *markup = bold ? g_strdup_printf ("<b>%s</b>", escaped) : g_strdup (escaped);
      double w;

      dlm_text_size (cr, theme, DLM_TEXT_SMALL, markup, &w, NULL);
      if (w <= width || keep <= 1)
        return markup;
      g_free (markup);
    }
}

/* The classes sorted from the largest output down, the first few of them
 * (the sort is stable, so among ties the first one comes first, as argmax
 * returns it): the argmax is the top of the ranking. One row each, the
 * name, a bar on the main plot's scale, the value: long names need no
 * slanting in a row. */
static void
draw_ranking (DlmArgmaxTopic *self,
              cairo_t        *cr,
              const DlmTheme *theme,
              DlmRect         rect,
              double          lo,
              double          hi)
{
  guint n = self->values->len, shown = MIN (n, N_RANKED);
  g_autofree guint *order = g_new (guint, n);
  double gap = dlm_theme_px (theme, 8), line, row, name_w, value_w = 0, bar_x, bar_w, zero;

  for (guint i = 0; i < n; i++)
    order[i] = i;
  g_qsort_with_data (order, n, sizeof (guint), compare_descending, self);
  rect.x += dlm_theme_px (theme, 12);
  rect.width -= dlm_theme_px (theme, 16);
  /* the heading wraps in a narrow column */
  rect.y += dlm_text_draw_wrapped (cr, theme, DLM_TEXT_BODY, NULL, rect.x, rect.y, rect.width,
                                   _("Ranked: the argmax comes first")) + gap;
  dlm_text_size (cr, theme, DLM_TEXT_SMALL, "Ag", NULL, &line);
  row = MIN (line * 3, rect.height / shown);
  for (guint i = 0; i < shown; i++)
    {
      g_autofree char *v = dlm_format_short (value_at (self, order[i]), -1);
      double w;

      dlm_text_size (cr, theme, DLM_TEXT_SMALL, v, &w, NULL);
      value_w = MAX (value_w, w);
    }
  name_w = rect.width * 0.4;
  bar_x = rect.x + name_w + gap;
  bar_w = MAX (rect.width - name_w - value_w - 2 * gap, 1);
  zero = bar_x + bar_w * (0 - lo) / (hi - lo);
  for (guint i = 0; i < shown; i++)
    {
      double v = value_at (self, order[i]), cy = rect.y + row * (i + 0.5);
      double end = bar_x + bar_w * (v - lo) / (hi - lo);
      g_autofree char *name = fitted_name (self, cr, theme, order[i], i == 0, name_w);
      g_autofree char *vt = dlm_format_short (v, -1);

      dlm_text_draw (cr, theme, DLM_TEXT_SMALL, NULL, rect.x, cy, DLM_ANCHOR_WEST, name);
      dlm_theme_set_color (cr, i == 0 ? &theme->highlight : &theme->series[2]);
      cairo_rectangle (cr, MIN (zero, end), cy - row * 0.3, fabs (end - zero), row * 0.6);
      cairo_fill (cr);
      dlm_text_draw (cr, theme, DLM_TEXT_SMALL, &theme->muted, bar_x + bar_w + gap, cy,
                     DLM_ANCHOR_WEST, vt);
    }
  /* the base line the bars grow from */
  dlm_theme_set_color (cr, &theme->muted);
  cairo_rectangle (cr, zero - dlm_theme_px (theme, 0.6), rect.y, dlm_theme_px (theme, 1.2), row * shown);
  cairo_fill (cr);
}

static void
render_classifier (DlmArgmaxTopic *self,
                   cairo_t        *cr,
                   const DlmTheme *theme,
                   DlmRect         area)
{
  g_auto(GStrv) labels = category_labels (self);
  DlmRect left = area, right = area;
  g_autoptr(DlmAxes) axes = NULL;
  double lo, hi, below, line, gap = dlm_theme_px (theme, 24);
  DlmRect ranking;

  left.width = area.width * 0.62;
  right.x = area.x + left.width + gap;
  right.width = area.width - left.width - gap;
  axes = dlm_axes_new (cr, theme, left);
  value_range (self, 0.15, &lo, &hi);
  /* probabilities on the one scale every probability uses */
  if (looks_like_probabilities (self))
    lo = 0, hi = 1;
  dlm_axes_set_categories (axes, (const char *const *) labels, self->values->len);
  dlm_axes_set_y (axes, DLM_SCALE_LINEAR, lo, hi);
  dlm_axes_set_title (axes, looks_like_probabilities (self)
                      ? _("Model output: one probability per class")
                      : _("Model output: one score per class"));
  dlm_axes_draw_frame (axes);
  dlm_axes_bars (axes, values_of (self), self->values->len, 0, 1, &theme->series[2],
                 looks_like_probabilities (self) ? 2 : DLM_DIGITS_COMPACT);
  draw_zero_bars (self, axes, &theme->series[2]);
  draw_ties_fill (self, axes, self->argmax, &theme->highlight);
  outline_ties (self, axes, self->argmax, &theme->foreground);
  self->panels[0] = dlm_axes_get_geometry (axes);
  below = draw_prediction (self, cr, theme, right);
  ranking = (DlmRect) { right.x, below, right.width, right.y + right.height - below };
  /* the ranking fills the rest of the column when there is room for its
   * heading and a row of two lines for each ranked class */
  dlm_text_size (cr, theme, DLM_TEXT_SMALL, "Ag", NULL, &line);
  if (self->values->len > 1 && ranking.height >= (4 + 2 * MIN (self->values->len, N_RANKED)) * line)
    draw_ranking (self, cr, theme, ranking, lo, hi);
}

/* ---- drawing: the function view ---------------------------------------- */

typedef struct {
  const char  *title;
  DlmPlotFunc  func;
  double       ymax;
  double       best_x;     /* argmax or argmin on the grid */
  const char  *value_markup;
  const char  *arg_markup;
  const DlmColor *color;
  gboolean     labels_on_top;   /* a bowl: the labels go inside it, at the top */
} CurvePanel;

static double
curve_func (double   x,
            gpointer data)
{
  return ((double (*) (double)) data) (x);
}

/* A boxed label just above (px, py), beside the vertical guide at px (to its
 * right, or to its left when there is no room), kept inside the plot. */
static void
draw_guide_label (cairo_t               *cr,
                  const DlmTheme        *theme,
                  const DlmAxesGeometry *g,
                  double                 px,
                  double                 py,
                  const char            *markup)
{
  double w, h, pad = dlm_theme_px (theme, 6);
  double left = g->plot.x + pad, right = g->plot.x + g->plot.width - pad;
  double x;

  dlm_text_size (cr, theme, DLM_TEXT_SMALL, markup, &w, &h);
  w += 2 * pad;
  x = px <= g->plot.x ? left : px + pad;
  if (x + w > right)
    x = px - pad - w;
  x = MAX (left, x);
  dlm_text_draw_boxed (cr, theme, DLM_TEXT_SMALL, x, py - pad, DLM_ANCHOR_SOUTH_WEST,
                       right - left, markup);
}

/* Both labels in one box at the top of the plot, centred over px. */
static void
draw_bowl_label (cairo_t               *cr,
                 const DlmTheme        *theme,
                 const DlmAxesGeometry *g,
                 double                 px,
                 const CurvePanel      *panel)
{
  g_autofree char *markup = g_strdup_printf ("%s\n%s", panel->value_markup, panel->arg_markup);
  double w, h, pad = dlm_theme_px (theme, 6);
  double left = g->plot.x + pad, right = g->plot.x + g->plot.width - pad;
  double x;

  dlm_text_size (cr, theme, DLM_TEXT_SMALL, markup, &w, &h);
  w += 2 * pad;
  x = MAX (left, MIN (px - w / 2, right - w));
  dlm_text_draw_boxed (cr, theme, DLM_TEXT_SMALL, x, g->plot.y + pad, DLM_ANCHOR_NORTH_WEST,
                       right - left, markup);
}

static DlmAxesGeometry
draw_curve_panel (cairo_t          *cr,
                  const DlmTheme   *theme,
                  DlmRect           rect,
                  const CurvePanel *panel,
                  double          (*f) (double))
{
  g_autoptr(DlmAxes) axes = dlm_axes_new (cr, theme, rect);
  DlmStroke curve = { panel->color, 1.5, FALSE };
  double fx = f (panel->best_x);
  DlmAxesGeometry g;

  dlm_axes_set_x (axes, DLM_SCALE_LINEAR, DLM_ARGMAX_GRID_MIN, DLM_ARGMAX_GRID_MAX);
  dlm_axes_set_y (axes, DLM_SCALE_LINEAR, 0, panel->ymax);
  dlm_axes_set_labels (axes, "x", NULL);
  dlm_axes_set_title (axes, panel->title);
  dlm_axes_draw_frame (axes);
  dlm_axes_function (axes, curve_func, (gpointer) f, &curve);
  g = dlm_axes_get_geometry (axes);
  /* the height: a horizontal guide to the y axis; the place: a vertical one to the x axis */
  cairo_save (cr);
  dlm_theme_set_color (cr, &theme->highlight);
  cairo_set_line_width (cr, dlm_theme_px (theme, theme->line_width));
  cairo_set_dash (cr, (double[]) { dlm_theme_px (theme, 6), dlm_theme_px (theme, 4) }, 2, 0);
  cairo_move_to (cr, g.plot.x, dlm_geometry_y_to_px (&g, fx));
  cairo_line_to (cr, dlm_geometry_x_to_px (&g, panel->best_x), dlm_geometry_y_to_px (&g, fx));
  cairo_line_to (cr, dlm_geometry_x_to_px (&g, panel->best_x), g.plot.y + g.plot.height);
  cairo_stroke (cr);
  cairo_restore (cr);
  dlm_axes_points (axes, &panel->best_x, &fx, 1, &theme->highlight, 5);
  if (panel->labels_on_top)
    draw_bowl_label (cr, theme, &g, dlm_geometry_x_to_px (&g, panel->best_x), panel);
  else
    {
      draw_guide_label (cr, theme, &g, g.plot.x, dlm_geometry_y_to_px (&g, fx), panel->value_markup);
      draw_guide_label (cr, theme, &g, dlm_geometry_x_to_px (&g, panel->best_x),
                        g.plot.y + g.plot.height, panel->arg_markup);
    }
  return g;
}

static void
render_function (DlmArgmaxTopic *self,
                 cairo_t        *cr,
                 const DlmTheme *theme,
                 DlmRect         area)
{
  double xmax, xmin;
  gsize imax, imin;
  double gap = dlm_theme_px (theme, 28);
  g_autofree char *bx = NULL, *by = NULL, *lx = NULL, *ly = NULL;
  g_autofree char *max_text = NULL, *argmax_text = NULL, *min_text = NULL, *argmin_text = NULL;
  CurvePanel bump = { _("A score f(x) = 1 + 2e<sup>−(x+1)²</sup>: find its top"),
                      NULL, 4, 0, NULL, NULL, &theme->series[0], FALSE };
  CurvePanel loss = { _("A loss L(x) = (x − 2)² + 1: find its bottom"),
                      NULL, 10, 0, NULL, NULL, &theme->series[2], TRUE };

  dlm_argmax_topic_grid_extrema (&imax, &xmax, &imin, &xmin);
  bx = dlm_format_short (xmax, -1);
  by = dlm_format_short (dlm_argmax_topic_bump (xmax), -1);
  lx = dlm_format_short (xmin, -1);
  ly = dlm_format_short (dlm_argmax_topic_loss (xmin), -1);
  /* TRANSLATORS: the largest value of f, a height read on the y axis */
  max_text = g_strdup_printf (_("max f(x) = %s (a height)"), by);
  /* TRANSLATORS: where f is largest, a place read on the x axis */
  argmax_text = g_strdup_printf (_("argmax<sub>x</sub> f(x) = %s (a place)"), bx);
  min_text = g_strdup_printf (_("min L(x) = %s (a height)"), ly);
  argmin_text = g_strdup_printf (_("argmin<sub>x</sub> L(x) = %s (a place)"), lx);
  bump.best_x = xmax;
  bump.value_markup = max_text;
  bump.arg_markup = argmax_text;
  loss.best_x = xmin;
  loss.value_markup = min_text;
  loss.arg_markup = argmin_text;
  self->panels[0] = draw_curve_panel (cr, theme, dlm_rect_column (area, 2, 0, gap), &bump,
                                      dlm_argmax_topic_bump);
  self->panels[1] = draw_curve_panel (cr, theme, dlm_rect_column (area, 2, 1, gap), &loss,
                                      dlm_argmax_topic_loss);
}

static void
dlm_argmax_topic_render (DlmTopic       *topic,
                         cairo_t        *cr,
                         const DlmTheme *theme,
                         double          width,
                         double          height)
{
  DlmArgmaxTopic *self = DLM_ARGMAX_TOPIC (topic);
  const char *title = self->view == DLM_ARGMAX_VIEW_FUNCTION
    ? _("The largest value of a curve, and where it is")
    : self->view == DLM_ARGMAX_VIEW_CLASSIFIER
    ? _("A classifier predicts the argmax of its outputs")
    : _("min and max are values; argmin and argmax are places");
  DlmRect area = dlm_figure_begin (cr, theme, width, height, title);

  for (guint i = 0; i < DLM_ARGMAX_N_PANELS; i++)
    self->panels[i].valid = FALSE;

  switch (self->view)
    {
    case DLM_ARGMAX_VIEW_CLASSIFIER:
      render_classifier (self, cr, theme, area);
      break;
    case DLM_ARGMAX_VIEW_FUNCTION:
      render_function (self, cr, theme, area);
      break;
    case DLM_ARGMAX_VIEW_VALUES:
    default:
      render_values (self, cr, theme, area);
      break;
    }

}

/* ---- words ------------------------------------------------------------- */

/* The columns every bar view starts with: NumPy's index, the slides'
 * position, the name typed (or empty) and the value. */
static void
append_value_row (DlmArgmaxTopic *self,
                  GString        *out,
                  guint           i)
{
  g_string_append_printf (out, "%u,%u,", i, i + 1);
  dlm_csv_append_field (out, name_at (self, i) != NULL ? name_at (self, i) : "");
  g_string_append_c (out, ',');
  dlm_format_number (out, value_at (self, i));
}

/* The values view: every bar, and whether it is one of the marked ties
 * of the max or of the min. */
static void
write_values_csv (DlmArgmaxTopic *self,
                  GString        *out)
{
  g_string_append (out, "index,position,label,value,is_max,is_min\n");
  for (guint i = 0; i < self->values->len; i++)
    {
      append_value_row (self, out, i);
      g_string_append_printf (out, ",%d,%d\n", value_at (self, i) == value_at (self, self->argmax),
                              value_at (self, i) == value_at (self, self->argmin));
    }
}

/* The classifier view: every class, its place in the ranking (1 for the
 * prediction; ties in input order, as argmax breaks them) and whether it
 * is the predicted class. */
static void
write_classifier_csv (DlmArgmaxTopic *self,
                      GString        *out)
{
  g_string_append (out, "index,position,label,value,rank,predicted\n");
  for (guint i = 0; i < self->values->len; i++)
    {
      guint rank = 1;

      for (guint j = 0; j < self->values->len; j++)
        rank += value_at (self, j) > value_at (self, i) || (value_at (self, j) == value_at (self, i) && j < i);
      append_value_row (self, out, i);
      g_string_append_printf (out, ",%u,%d\n", rank, i == self->argmax);
    }
}

/* The function view: both curves on NumPy's grid, the points argmax and
 * argmin search. */
static void
write_function_csv (GString *out)
{
  g_string_append (out, "index,x,score,loss\n");
  for (guint i = 0; i < DLM_ARGMAX_GRID_N; i++)
    {
      double x = grid_x (i);

      g_string_append_printf (out, "%u,", i);
      dlm_format_number (out, x);
      g_string_append_c (out, ',');
      dlm_format_number (out, dlm_argmax_topic_bump (x));
      g_string_append_c (out, ',');
      dlm_format_number (out, dlm_argmax_topic_loss (x));
      g_string_append_c (out, '\n');
    }
}

static void
dlm_argmax_topic_write_csv (DlmTopic *topic,
                            GString  *out)
{
  DlmArgmaxTopic *self = DLM_ARGMAX_TOPIC (topic);

  switch (self->view)
    {
    case DLM_ARGMAX_VIEW_CLASSIFIER:
      write_classifier_csv (self, out);
      break;
    case DLM_ARGMAX_VIEW_FUNCTION:
      write_function_csv (out);
      break;
    case DLM_ARGMAX_VIEW_VALUES:
    default:
      write_values_csv (self, out);
      break;
    }
}

static void
dlm_argmax_topic_write_summary (DlmTopic *topic,
                                GString  *out)
{
  DlmArgmaxTopic *self = DLM_ARGMAX_TOPIC (topic);
  const char *label = name_at (self, self->argmax);

  dlm_summary_add_number (out, "n", self->values->len);
  dlm_summary_add_number (out, "index_base", self->index_base);
  dlm_summary_add_number (out, "min", value_at (self, self->argmin));
  dlm_summary_add_number (out, "max", value_at (self, self->argmax));
  dlm_summary_add_number (out, "argmin", shown_index (self, self->argmin));
  dlm_summary_add_number (out, "argmax", shown_index (self, self->argmax));
  dlm_summary_add_string (out, "argmax_label", label != NULL ? label : "");
  dlm_summary_add_number (out, "ties", count_equal (self, self->argmax));
  dlm_summary_add_number (out, "min_ties", count_equal (self, self->argmin));
  /* names typed, which may be more or fewer than the values (the figure
   * then says so) */
  dlm_summary_add_number (out, "labels_given", n_labels (self));
  if (self->view == DLM_ARGMAX_VIEW_CLASSIFIER)
    dlm_summary_add_number (out, "probabilities", looks_like_probabilities (self));
  if (self->view == DLM_ARGMAX_VIEW_FUNCTION)
    {
      double xmax, xmin;

      dlm_argmax_topic_grid_extrema (NULL, &xmax, NULL, &xmin);
      dlm_summary_add_number (out, "curve_argmax_x", xmax);
      dlm_summary_add_number (out, "curve_max", dlm_argmax_topic_bump (xmax));
      dlm_summary_add_number (out, "loss_argmin_x", xmin);
      dlm_summary_add_number (out, "loss_min", dlm_argmax_topic_loss (xmin));
    }
}

static char *
describe_extreme (DlmArgmaxTopic *self,
                  const char     *what,
                  const char     *arg,
                  gsize           i)
{
  g_autofree char *v = dlm_format_short (value_at (self, i), -1);
  g_autofree char *where = location_text (self, i);
  g_autofree char *places = tie_places (self, i);
  guint ties = count_equal (self, i);

  if (ties == 1)
    return g_strdup_printf (_("%s is %s and %s is %s."), what, v, arg, where);
  /* TRANSLATORS: e.g. "max is 7, found 2 times (at 1, 3, all marked); argmax returns the first: …" */
  return g_strdup_printf (_("%s is %s, found %u times (at %s, all marked); %s returns the first: %s."),
                          what, v, ties, places, arg, where);
}

static char *
dlm_argmax_topic_describe (DlmTopic *topic)
{
  DlmArgmaxTopic *self = DLM_ARGMAX_TOPIC (topic);
  g_autofree char *max_text = describe_extreme (self, "max", "argmax", self->argmax);
  g_autofree char *min_text = describe_extreme (self, "min", "argmin", self->argmin);
  g_autofree char *notice = labels_notice (self);
  g_autofree char *name = NULL;
  double xmax, xmin;

  switch (self->view)
    {
    case DLM_ARGMAX_VIEW_FUNCTION:
      dlm_argmax_topic_grid_extrema (NULL, &xmax, NULL, &xmin);
      return g_strdup_printf (_("Two curves. The score f(x) = 1 + 2e^(−(x+1)²) is highest at "
                                "x = %g: argmax f(x) = %g is a place on the x axis, "
                                "while max f(x) = %g is a height on the y axis. The loss "
                                "L(x) = (x − 2)² + 1 is lowest at x = %g (argmin), "
                                "where its value is min L(x) = %g."),
                              xmax, xmax, dlm_argmax_topic_bump (xmax), xmin,
                              dlm_argmax_topic_loss (xmin));
    case DLM_ARGMAX_VIEW_CLASSIFIER:
      name = name_at (self, self->argmax) != NULL
        ? g_strdup (name_at (self, self->argmax))
        : g_strdup_printf (_("class %lu"), (unsigned long) shown_index (self, self->argmax));
      return g_strdup_printf (_("A classifier's %u outputs; the prediction is %s. %s%s%s"),
                              self->values->len, name, max_text,
                              notice != NULL ? " " : "", notice != NULL ? notice : "");
    case DLM_ARGMAX_VIEW_VALUES:
    default:
      return g_strdup_printf (_("%u values as bars. %s %s%s%s"), self->values->len,
                              max_text, min_text,
                              notice != NULL ? " " : "", notice != NULL ? notice : "");
    }
}

static char *
dlm_argmax_topic_formula (DlmTopic *topic)
{
  DlmArgmaxTopic *self = DLM_ARGMAX_TOPIC (topic);

  if (self->view == DLM_ARGMAX_VIEW_FUNCTION)
    return g_strdup ("z = argmax<sub>x</sub> f(x)     f(z) = max<sub>x</sub> f(x)");
  return g_strdup ("argmax<sub>i</sub> x<sub>i</sub> = the i with x<sub>i</sub> = max x");
}

static char *
dlm_argmax_topic_explanation (DlmTopic *topic)
{
  DlmArgmaxTopic *self = DLM_ARGMAX_TOPIC (topic);

  switch (self->view)
    {
    case DLM_ARGMAX_VIEW_CLASSIFIER:
      return g_strdup (_("A classifier gives one probability per class. Its answer is the "
                         "class with the largest probability: argmax returns that class's "
                         "index, and the index names the class."));
    case DLM_ARGMAX_VIEW_FUNCTION:
      return g_strdup (_("For a curve, max f(x) is the highest value (read on the y axis) and "
                         "argmax<sub>x</sub> f(x) is the x where it occurs (read on the x axis). "
                         "Training a network is an argmin: find the weights where the loss "
                         "is lowest."));
    case DLM_ARGMAX_VIEW_VALUES:
    default:
      /* TRANSLATORS: the argmax of the values shown, in NumPy's counting and in the slides' */
      return g_strdup_printf (_("min and max return a value; argmin and argmax return where it is. "
                                "NumPy counts from 0, the slides from 1, so the largest value here "
                                "is at index %lu or position %lu. When several entries tie, NumPy "
                                "returns the first."),
                              (unsigned long) self->argmax, (unsigned long) self->argmax + 1);
    }
}

/* The read-out of value @i, shared by the pointer probe and the keyboard
 * cursor; it says when the value is the largest or the smallest. */
static char *
value_text (DlmArgmaxTopic *self,
            gsize           i)
{
  g_autofree char *v = dlm_format_short (value_at (self, i), -1);
  g_autofree char *where = location_text (self, i);

  if (i == self->argmax)
    /* TRANSLATORS: "value 0.7 at index 2 (position 3): the maximum, so this is the argmax" */
    return g_strdup_printf (_("value %s at %s: the maximum, so this is the argmax"), v, where);
  if (i == self->argmin)
    return g_strdup_printf (_("value %s at %s: the minimum, so this is the argmin"), v, where);
  return g_strdup_printf (_("value %s at %s"), v, where);
}

static gboolean
dlm_argmax_topic_probe (DlmTopic *topic,
                        double    x,
                        double    y,
                        DlmProbe *probe)
{
  DlmArgmaxTopic *self = DLM_ARGMAX_TOPIC (topic);
  const DlmAxesGeometry *g = &self->panels[0];
  double i;

  if (self->view == DLM_ARGMAX_VIEW_FUNCTION)
    {
      for (guint k = 0; k < DLM_ARGMAX_N_PANELS; k++)
        if (dlm_geometry_contains (&self->panels[k], x, y))
          {
            double cx = dlm_geometry_px_to_x (&self->panels[k], x);
            double fy = k == 0 ? dlm_argmax_topic_bump (cx) : dlm_argmax_topic_loss (cx);
            g_autofree char *xs = dlm_format_short (cx, 3), *ys = dlm_format_short (fy, 3);

            probe->x = x;
            probe->y = dlm_geometry_y_to_px (&self->panels[k], fy);
            probe->text = g_strdup_printf (k == 0 ? "x = %s, f(x) = %s" : "x = %s, L(x) = %s", xs, ys);
            return TRUE;
          }
      return FALSE;
    }

  if (!dlm_geometry_contains (g, x, y))
    return FALSE;
  i = round (dlm_geometry_px_to_x (g, x));
  if (i < 0 || i >= self->values->len)
    return FALSE;
  probe->x = dlm_geometry_x_to_px (g, i);
  probe->y = y;
  probe->text = value_text (self, (gsize) i);
  return TRUE;
}

/* The cursor visits the values, or in the function view both curves
 * (one a row) every 1/100th of the way. */
static guint
dlm_argmax_topic_count_points (DlmTopic *topic,
                               guint    *row_length)
{
  DlmArgmaxTopic *self = DLM_ARGMAX_TOPIC (topic);

  if (!self->panels[0].valid)
    return 0;
  if (self->view == DLM_ARGMAX_VIEW_FUNCTION)
    {
      *row_length = DLM_TOPIC_CURVE_SAMPLES;
      return self->panels[1].valid ? 2 * DLM_TOPIC_CURVE_SAMPLES : DLM_TOPIC_CURVE_SAMPLES;
    }
  return self->values->len;
}

static gboolean
dlm_argmax_topic_get_point (DlmTopic *topic,
                            guint     index,
                            DlmProbe *point)
{
  DlmArgmaxTopic *self = DLM_ARGMAX_TOPIC (topic);

  if (self->view == DLM_ARGMAX_VIEW_FUNCTION)
    return dlm_topic_probe_along (topic, &self->panels[index / DLM_TOPIC_CURVE_SAMPLES],
                                  index % DLM_TOPIC_CURVE_SAMPLES, DLM_TOPIC_CURVE_SAMPLES, point);

  point->x = dlm_geometry_x_to_px (&self->panels[0], index);
  point->y = dlm_geometry_y_to_px (&self->panels[0], value_at (self, index));
  point->text = value_text (self, index);
  return TRUE;
}

static gboolean
dlm_argmax_topic_check_text (DlmTopic    *topic,
                             GParamSpec  *pspec,
                             const char  *text,
                             GError     **error)
{
  if (pspec == properties[PROP_VALUES])
    {
      g_autoptr(GArray) v = dlm_parse_vector ("values", text, DLM_ARGMAX_MAX_VALUES, error);

      /* beyond ±1e300 the axis, its headroom and its ticks would overflow */
      return v != NULL && dlm_check_magnitudes ("values", (double *) v->data, v->len,
                                                DLM_MAX_DRAWN_MAGNITUDE, error);
    }
  else
    {
      g_auto(GStrv) labels = dlm_parse_labels ("labels", text, DLM_ARGMAX_MAX_VALUES, error);
      return labels != NULL;
    }
}

/* ---- GObject ----------------------------------------------------------- */

static void
dlm_argmax_topic_finalize (GObject *object)
{
  DlmArgmaxTopic *self = DLM_ARGMAX_TOPIC (object);

  g_clear_pointer (&self->values_text, g_free);
  g_clear_pointer (&self->labels_text, g_free);
  g_clear_pointer (&self->values, g_array_unref);
  g_clear_pointer (&self->labels, g_strfreev);

  G_OBJECT_CLASS (dlm_argmax_topic_parent_class)->finalize (object);
}

static void
dlm_argmax_topic_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  DlmArgmaxTopic *self = DLM_ARGMAX_TOPIC (object);

  switch (prop_id)
    {
    case PROP_VALUES:     g_value_set_string (value, self->values_text); break;
    case PROP_LABELS:     g_value_set_string (value, self->labels_text); break;
    case PROP_INDEX_BASE: g_value_set_int (value, self->index_base); break;
    case PROP_VIEW:       g_value_set_enum (value, self->view); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlm_argmax_topic_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  DlmArgmaxTopic *self = DLM_ARGMAX_TOPIC (object);

  switch (prop_id)
    {
    case PROP_VALUES:     set_values (self, g_value_get_string (value)); break;
    case PROP_LABELS:     set_labels (self, g_value_get_string (value)); break;
    case PROP_INDEX_BASE: set_index_base (self, g_value_get_int (value)); break;
    case PROP_VIEW:       set_view (self, g_value_get_enum (value)); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlm_argmax_topic_class_init (DlmArgmaxTopicClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  DlmTopicClass *topic_class = DLM_TOPIC_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = dlm_argmax_topic_finalize;
  object_class->get_property = dlm_argmax_topic_get_property;
  object_class->set_property = dlm_argmax_topic_set_property;

  topic_class->id = "argmax";
  topic_class->slides_param = "view";
  topic_class->title = N_("Min, max, argmin, argmax");
  topic_class->check_text = dlm_argmax_topic_check_text;
  topic_class->render = dlm_argmax_topic_render;
  topic_class->write_csv = dlm_argmax_topic_write_csv;
  topic_class->write_summary = dlm_argmax_topic_write_summary;
  topic_class->write_code = dlm_argmax_write_code;
  topic_class->write_plot_code = dlm_argmax_write_plot_code;
  topic_class->describe = dlm_argmax_topic_describe;
  topic_class->formula = dlm_argmax_topic_formula;
  topic_class->explanation = dlm_argmax_topic_explanation;
  topic_class->probe = dlm_argmax_topic_probe;
  topic_class->count_points = dlm_argmax_topic_count_points;
  topic_class->get_point = dlm_argmax_topic_get_point;

  properties[PROP_VALUES] =
    g_param_spec_string ("values", NULL,
                         N_("1 to 1000 numbers from -1e300 to 1e300, separated by commas or spaces; the classifier view opens on the course's example"),
                         list_example.values, flags);
  properties[PROP_LABELS] =
    g_param_spec_string ("labels", NULL,
                         N_("names separated by commas, one per value; empty for none (a count that differs is shown with a notice)"),
                         list_example.labels, flags);
  properties[PROP_INDEX_BASE] =
    g_param_spec_int ("index-base", NULL, N_("0 (NumPy's index) or 1 (the slides' position)"),
                      0, 1, 0, flags);
  properties[PROP_VIEW] =
    g_param_spec_enum ("view", NULL, NULL, DLM_TYPE_ARGMAX_VIEW, DLM_ARGMAX_VIEW_VALUES, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dlm_argmax_topic_init (DlmArgmaxTopic *self)
{
}

DlmTopic *
dlm_argmax_topic_new (void)
{
  return g_object_new (DLM_TYPE_ARGMAX_TOPIC, NULL);
}
