/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <glib/gi18n.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_statistics_double.h>
#include <math.h>
#include <stdlib.h>

#include "dlm-error.h"
#include "dlm-format.h"
#include "dlm-meanvar.h"
#include "dlm-meanvar-private.h"
#include "dlm-parse.h"

/* How near (px) a press must be to a point to pick it up. */
#define GRAB_RADIUS 24


G_DEFINE_ENUM_TYPE (DlmMeanvarView, dlm_meanvar_view,
  G_DEFINE_ENUM_VALUE (DLM_MEANVAR_VIEW_DOTS, "dots"),
  G_DEFINE_ENUM_VALUE (DLM_MEANVAR_VIEW_NORMAL, "normal"))

G_DEFINE_FINAL_TYPE (DlmMeanvarTopic, dlm_meanvar_topic, DLM_TYPE_TOPIC)

enum {
  PROP_0,
  PROP_DATA,
  PROP_DDOF,
  PROP_COMPARE,
  PROP_VIEW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- numbers ------------------------------------------------------------ */

const double *
dlm_meanvar_values_of (GArray *array)
{
  return (const double *) array->data;
}

double
dlm_meanvar_value_at (GArray *array,
                      guint   i)
{
  return g_array_index (array, double, i);
}

/* Statistics of both sets; a state that has none (one value with ddof = 1
 * while an apply is half done) is marked invalid and refused by check_state. */
static void
update_stats (DlmMeanvarTopic *self)
{
  self->stats_valid = self->data != NULL &&
    dlm_meanvar_compute (dlm_meanvar_values_of (self->data), self->data->len, self->ddof, &self->stats, NULL);
  self->compare_valid = self->compare != NULL &&
    dlm_meanvar_compute (dlm_meanvar_values_of (self->compare), self->compare->len, self->ddof,
                         &self->compare_stats, NULL);
}

static gboolean
is_blank (const char *text)
{
  return text == NULL || text[strspn (text, " \t\r\n")] == '\0';
}

/* Short labels: "16", "0.6667", "−3.333", "169 108", "29 012 314",
 * "2.058 × 10¹⁴": four significant digits, whole numbers in full up to
 * 10¹², never e notation. dlm_format_short() counts decimals below 10⁶
 * and significant digits from there on. */
char *
dlm_meanvar_label_number (double value)
{
  double size = fabs (value);
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  const char *text;

  if (size < 5e-13)
    return g_strdup ("0");
  if (size >= 1e6 && size < 1e12)
    return dlm_format_short (value, (int) floor (log10 (size)) + 1);
  if (size >= 1e4 && size < 1e6)
    return dlm_format_short (value, 0);
  if (size >= 1e12 || size < 1e-3)
    return dlm_format_short (value, 4);
  text = g_ascii_formatd (buf, sizeof buf, "%.4g", value);
  if (text[0] == '-')
    return g_strconcat ("−", text + 1, NULL);
  return g_strdup (text);
}

char *
dlm_meanvar_signed_label (double value)
{
  g_autofree char *plain = dlm_meanvar_label_number (value);

  return value > 0 ? g_strconcat ("+", plain, NULL) : g_steal_pointer (&plain);
}

/* The divisor's name as the course writes it. */
static const char *
divisor_markup (DlmMeanvarTopic *self)
{
  return self->ddof == 1 ? "n − 1" : "n";
}

/* The same after a division sign: "(n − 1)" or "n". */
const char *
dlm_meanvar_divisor_term (DlmMeanvarTopic *self)
{
  return self->ddof == 1 ? "(n − 1)" : "n";
}

/* ---- normal view -------------------------------------------------------- */

typedef struct {
  double mean, sd;
} Normal;

static const double sd_factors[] = { 0.5, 1, 2 };

/* σ of the data, or 1 when all values are equal (σ = 0 has no curve). */
static double
base_sd (DlmMeanvarTopic *self)
{
  return self->stats.sd > 0 ? self->stats.sd : 1;
}

static double
normal_pdf (double   x,
            gpointer data)
{
  const Normal *n = data;

  return gsl_ran_gaussian_pdf (x - n->mean, n->sd);
}

static void
draw_normal_legend (DlmMeanvarTopic *self,
                    DlmAxes         *axes,
                    const DlmTheme  *theme)
{
  char *labels[G_N_ELEMENTS (sd_factors)] = { NULL };
  const char *notes[] = { N_("half"), N_("the data's σ"), N_("double") };
  DlmLegendEntry legend[G_N_ELEMENTS (sd_factors) + 1];

  for (guint k = 0; k < G_N_ELEMENTS (sd_factors); k++)
    {
      g_autofree char *s = dlm_meanvar_label_number (base_sd (self) * sd_factors[k]);

      labels[k] = g_strdup_printf ("σ = %s (%s)", s, _(notes[k]));
      legend[k] = (DlmLegendEntry) { labels[k], &theme->series[k], FALSE, FALSE };
    }
  legend[G_N_ELEMENTS (sd_factors)] = (DlmLegendEntry) { _("x̄ ± σ of each curve"), &theme->muted, TRUE, FALSE };
  dlm_axes_legend (axes, legend, G_N_ELEMENTS (legend), DLM_ANCHOR_NORTH_WEST);
  for (guint k = 0; k < G_N_ELEMENTS (sd_factors); k++)
    g_free (labels[k]);
}

/* x̄ ± σ as a bar across curve @k at the height of its bends (the
 * inflection points are exactly one σ from the mean). */
static void
draw_sd_bar (DlmAxes        *axes,
             const DlmTheme *theme,
             const Normal   *n,
             guint           k)
{
  double h = gsl_ran_gaussian_pdf (n->sd, n->sd);
  double xs[] = { n->mean - n->sd, n->mean + n->sd }, ys[] = { h, h };
  DlmStroke stroke = { &theme->series[k], 0.9, TRUE };

  dlm_axes_line (axes, xs, ys, 2, &stroke);
  dlm_axes_points (axes, xs, ys, 2, &theme->series[k], 4.5);
}

static void
render_normal (DlmMeanvarTopic *self,
               cairo_t         *cr,
               const DlmTheme  *theme,
               DlmRect          area)
{
  g_autoptr(DlmAxes) axes = dlm_axes_new (cr, theme, area);
  double m = self->stats.mean, s = base_sd (self), peak = gsl_ran_gaussian_pdf (0, s / 2);
  DlmStroke mean_stroke = { &theme->foreground, 0.9, TRUE };
  g_autofree double *zeros = g_new0 (double, self->data->len);
  g_autofree char *mt = dlm_meanvar_label_number (m);
  g_autofree char *note = g_strdup_printf (_("same mean x̄ = %s"), mt);

  dlm_axes_set_x (axes, DLM_SCALE_LINEAR, m - 6.5 * s, m + 6.5 * s);
  dlm_axes_set_y (axes, DLM_SCALE_LINEAR, -0.07 * peak, peak * 1.12);
  dlm_axes_set_labels (axes, "x", _("density"));
  dlm_axes_draw_frame (axes);
  dlm_axes_vline (axes, m, &mean_stroke);
  for (guint k = 0; k < G_N_ELEMENTS (sd_factors); k++)
    {
      Normal n = { m, s * sd_factors[k] };
      DlmStroke stroke = { &theme->series[k], 1.4, FALSE };

      dlm_axes_function (axes, normal_pdf, &n, &stroke);
      draw_sd_bar (axes, theme, &n, k);
    }
  for (guint i = 0; i < self->data->len; i++)
    zeros[i] = -0.035 * peak;
  dlm_axes_points (axes, dlm_meanvar_values_of (self->data), zeros, self->data->len, &theme->foreground,
                   self->data->len > 100 ? 2 : 4.5);
  dlm_axes_text (axes, gsl_stats_max (dlm_meanvar_values_of (self->data), 1, self->data->len) + 0.2 * s,
                 -0.035 * peak, DLM_ANCHOR_WEST, &theme->muted, _("the data"));
  dlm_axes_text (axes, m + 0.15 * s, peak * 1.06, DLM_ANCHOR_WEST, &theme->foreground, note);
  draw_normal_legend (self, axes, theme);
  self->panels[0] = dlm_axes_get_geometry (axes);
}

static void
dlm_meanvar_topic_render (DlmTopic       *topic,
                          cairo_t        *cr,
                          const DlmTheme *theme,
                          double          width,
                          double          height)
{
  DlmMeanvarTopic *self = DLM_MEANVAR_TOPIC (topic);
  const char *title = self->view == DLM_MEANVAR_VIEW_NORMAL
    ? _("Equal means, different standard deviations")
    : _("Variance: the average squared distance from the mean");
  DlmRect area = dlm_figure_begin (cr, theme, width, height, title);

  self->panels[0].valid = self->panels[1].valid = FALSE;
  g_return_if_fail (self->stats_valid);

  if (self->view == DLM_MEANVAR_VIEW_NORMAL)
    {
      render_normal (self, cr, theme, area);
      if (self->stats.sd == 0)
        dlm_figure_notice (cr, theme, width, _("All values are equal, so σ = 0; the curves use σ = 1 to show the shape."));
    }
  else
    dlm_meanvar_render_dots (self, cr, theme, area);
}

/* ---- words --------------------------------------------------------------- */

static void
dlm_meanvar_topic_write_csv (DlmTopic *topic,
                             GString  *out)
{
  DlmMeanvarTopic *self = DLM_MEANVAR_TOPIC (topic);

  g_string_append (out, "i,x,deviation,squared_deviation\n");
  for (guint i = 0; i < self->data->len; i++)
    {
      double x = dlm_meanvar_value_at (self->data, i), d = x - self->stats.mean;

      g_string_append_printf (out, "%u,", i + 1);
      dlm_format_number (out, x);
      g_string_append_c (out, ',');
      dlm_format_number (out, d);
      g_string_append_c (out, ',');
      dlm_format_number (out, d * d);
      g_string_append_c (out, '\n');
    }
}

static void
add_stats (GString          *out,
           const char       *prefix,
           const DlmMeanVar *s)
{
  static const char *keys[] = { "n", "mean", "variance", "std", "mad", "sum_squares", "sum_deviations" };
  double values[] = { s->n, s->mean, s->variance, s->sd, s->mad, s->sum_squares, s->sum_deviations };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_autofree char *key = g_strconcat (prefix, keys[i], NULL);
      dlm_summary_add_number (out, key, values[i]);
    }
}

static void
dlm_meanvar_topic_write_summary (DlmTopic *topic,
                                 GString  *out)
{
  DlmMeanvarTopic *self = DLM_MEANVAR_TOPIC (topic);

  add_stats (out, "", &self->stats);
  dlm_summary_add_number (out, "ddof", self->ddof);
  if (self->compare_valid)
    add_stats (out, "compare_", &self->compare_stats);
}

static char *
describe_dots (DlmMeanvarTopic *self)
{
  const DlmMeanVar *s = &self->stats;
  g_autofree char *m = dlm_meanvar_label_number (s->mean), *v = dlm_meanvar_label_number (s->variance);
  g_autofree char *sd = dlm_meanvar_label_number (s->sd), *mad = dlm_meanvar_label_number (s->mad);
  g_autofree char *ss = dlm_meanvar_label_number (s->sum_squares);
  g_autofree char *text = g_strdup_printf (
    _("%u values plotted by position with their mean %s as a line. Each value's distance "
      "from the mean is drawn, and its square as a square: the squares add up to %s, and "
      "dividing by %s (%u) gives the variance %s. The standard deviation %s is shaded "
      "either side of the mean; the mean absolute deviation is %s. The signed distances "
      "add up to 0."),
    s->n, m, ss, divisor_markup (self), s->n - s->ddof, v, sd, mad);

  if (self->compare_valid)
    {
      g_autofree char *cm = dlm_meanvar_label_number (self->compare_stats.mean);
      g_autofree char *cv = dlm_meanvar_label_number (self->compare_stats.variance);
      return g_strdup_printf (_("%s Beside it, the compared set of %u values has mean %s and variance %s."),
                              text, self->compare_stats.n, cm, cv);
    }
  return g_steal_pointer (&text);
}

static char *
dlm_meanvar_topic_describe (DlmTopic *topic)
{
  DlmMeanvarTopic *self = DLM_MEANVAR_TOPIC (topic);
  g_autofree char *m = dlm_meanvar_label_number (self->stats.mean);
  g_autofree char *s1 = dlm_meanvar_label_number (base_sd (self) * sd_factors[0]);
  g_autofree char *s2 = dlm_meanvar_label_number (base_sd (self) * sd_factors[1]);
  g_autofree char *s3 = dlm_meanvar_label_number (base_sd (self) * sd_factors[2]);

  if (self->view == DLM_MEANVAR_VIEW_DOTS)
    return describe_dots (self);
  return g_strdup_printf (_("Three bell-shaped normal curves centered on the same mean %s, with "
                            "standard deviations %s, %s and %s. The smaller the standard "
                            "deviation, the taller and narrower the curve; the data's values "
                            "are marked along the bottom."), m, s1, s2, s3);
}

static char *
dlm_meanvar_topic_formula (DlmTopic *topic)
{
  DlmMeanvarTopic *self = DLM_MEANVAR_TOPIC (topic);

  if (self->view == DLM_MEANVAR_VIEW_NORMAL)
    return g_strdup ("x̄ = Σ x<sub>i</sub> / n,   σ = √σ<sup>2</sup>");
  return g_strdup_printf ("σ<sup>2</sup> = Σ (x<sub>i</sub> − x̄)<sup>2</sup> / %s",
                          dlm_meanvar_divisor_term (self));
}

static char *
dlm_meanvar_topic_explanation (DlmTopic *topic)
{
  DlmMeanvarTopic *self = DLM_MEANVAR_TOPIC (topic);

  if (self->view == DLM_MEANVAR_VIEW_NORMAL)
    return g_strdup (_("Two data sets can share their average and still look nothing alike. "
                       "The standard deviation σ, the square root of the variance, is in the "
                       "same units as the data: about two thirds of a normal curve lies "
                       "within one σ of the mean."));
  return g_strdup (_("The mean is the balance point of the data. Variance measures the spread "
                     "around it: square each distance from the mean, add the squares and divide "
                     "by n − 1 (or n). Without squaring, the distances would cancel to 0; the "
                     "mean absolute deviation uses |xᵢ − x̄| instead and is less swayed by outliers."));
}

/* ---- pointer ------------------------------------------------------------- */

/* The point of @values nearest the pointer's column in @g, or -1. */
static int
nearest_index (const DlmAxesGeometry *g,
               GArray                *values,
               double                 x)
{
  double i = round (dlm_geometry_px_to_x (g, x));

  return i >= 0 && i < values->len ? (int) i : -1;
}

static gboolean
probe_dots (DlmMeanvarTopic *self,
            double           x,
            double           y,
            DlmProbe        *probe)
{
  gboolean second = dlm_geometry_contains (&self->panels[1], x, y);
  const DlmAxesGeometry *g = &self->panels[second ? 1 : 0];
  GArray *values = second ? self->compare : self->data;
  const DlmMeanVar *s = second ? &self->compare_stats : &self->stats;
  int i = nearest_index (g, values, x);
  double v, d;
  g_autofree char *vt = NULL, *dt = NULL, *st = NULL;

  if (i < 0)
    return FALSE;
  v = dlm_meanvar_value_at (values, i);
  d = v - s->mean;
  vt = dlm_meanvar_label_number (v);
  dt = dlm_meanvar_signed_label (d);
  st = dlm_meanvar_label_number (d * d);
  probe->x = dlm_geometry_x_to_px (g, i);
  probe->y = dlm_geometry_y_to_px (g, v);
  probe->text = g_strdup_printf (_("x%d = %s, deviation %s, squared %s"), i + 1, vt, dt, st);
  return TRUE;
}

static gboolean
probe_normal (DlmMeanvarTopic *self,
              double           x,
              DlmProbe        *probe)
{
  const DlmAxesGeometry *g = &self->panels[0];
  double dx = dlm_geometry_px_to_x (g, x), s = base_sd (self), m = self->stats.mean;
  g_autofree char *xt = dlm_meanvar_label_number (dx);
  g_autofree char *a = dlm_meanvar_label_number (gsl_ran_gaussian_pdf (dx - m, s * sd_factors[0]));
  g_autofree char *b = dlm_meanvar_label_number (gsl_ran_gaussian_pdf (dx - m, s * sd_factors[1]));
  g_autofree char *c = dlm_meanvar_label_number (gsl_ran_gaussian_pdf (dx - m, s * sd_factors[2]));

  probe->x = x;
  probe->y = dlm_geometry_y_to_px (g, gsl_ran_gaussian_pdf (dx - m, s));
  probe->text = g_strdup_printf (_("x = %s: densities %s, %s, %s"), xt, a, b, c);
  return TRUE;
}

static gboolean
dlm_meanvar_topic_probe (DlmTopic *topic,
                         double    x,
                         double    y,
                         DlmProbe *probe)
{
  DlmMeanvarTopic *self = DLM_MEANVAR_TOPIC (topic);

  if (!dlm_geometry_contains (&self->panels[0], x, y) &&
      !dlm_geometry_contains (&self->panels[1], x, y))
    return FALSE;
  if (self->view == DLM_MEANVAR_VIEW_NORMAL)
    return probe_normal (self, x, probe);
  return probe_dots (self, x, y, probe);
}

/* The cursor visits the data points with their deviations (then the
 * comparison set's, as a second row), or the densities every 1/100th. */
static guint
dlm_meanvar_topic_count_points (DlmTopic *topic,
                                guint    *row_length)
{
  DlmMeanvarTopic *self = DLM_MEANVAR_TOPIC (topic);
  guint n = self->data != NULL ? self->data->len : 0;

  if (!self->panels[0].valid)
    return 0;
  if (self->view == DLM_MEANVAR_VIEW_NORMAL)
    return DLM_TOPIC_CURVE_SAMPLES;
  *row_length = n;
  if (self->compare != NULL && self->panels[1].valid)
    return n + self->compare->len;
  return n;
}

static gboolean
dlm_meanvar_topic_get_point (DlmTopic *topic,
                             guint     index,
                             DlmProbe *point)
{
  DlmMeanvarTopic *self = DLM_MEANVAR_TOPIC (topic);
  gboolean second = index >= self->data->len;
  const DlmAxesGeometry *g = &self->panels[second ? 1 : 0];
  guint i = second ? index - self->data->len : index;

  if (self->view == DLM_MEANVAR_VIEW_NORMAL)
    return dlm_topic_probe_along (topic, &self->panels[0], index, DLM_TOPIC_CURVE_SAMPLES, point);
  return probe_dots (self, dlm_geometry_x_to_px (g, i), g->plot.y + g->plot.height / 2, point);
}

/* Shortest text that reads back as exactly @value ("0.1", not
 * "0.10000000000000001"), so points not being dragged keep their text. */
static void
append_value (GString *out,
              double   value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  for (int digits = 15; digits <= 17; digits++)
    {
      g_autofree char *fmt = g_strdup_printf ("%%.%dg", digits);

      g_ascii_formatd (buf, sizeof buf, fmt, value);
      if (g_ascii_strtod (buf, NULL) == value)
        break;
    }
  g_string_append (out, buf);
}

/* The value under the pointer, rounded to a step that suits the scale. */
static double
drag_value (DlmMeanvarTopic *self,
            double           y)
{
  const DlmAxesGeometry *g = &self->drag_geometry;
  double unit = 1 - (y - g->plot.y) / g->plot.height;
  double value = dlm_scale_from_unit (&g->y, unit);
  double step = pow (10, floor (log10 ((g->y.max - g->y.min) / 100)));

  return round (value / step) * step;
}

static char **
drag_assignment (DlmMeanvarTopic *self,
                 double           y)
{
  g_autoptr(GString) text = g_string_new ("data=");
  char **assignments = g_new0 (char *, 2);

  for (guint i = 0; i < self->data->len; i++)
    {
      if (i > 0)
        g_string_append (text, ", ");
      append_value (text, (int) i == self->drag_index ? drag_value (self, y) : dlm_meanvar_value_at (self->data, i));
    }
  assignments[0] = g_string_free (g_steal_pointer (&text), FALSE);
  return assignments;
}

/* A press within GRAB_RADIUS px of one of the data's points picks it up;
 * moving the pointer up or down then moves that value. */
static gboolean
dlm_meanvar_topic_drag (DlmTopic      *topic,
                        DlmDragPhase   phase,
                        double         x,
                        double         y,
                        GStrv         *assignments)
{
  DlmMeanvarTopic *self = DLM_MEANVAR_TOPIC (topic);
  const DlmAxesGeometry *g = &self->panels[0];
  int i;

  if (phase == DLM_DRAG_BEGIN)
    {
      self->drag_index = -1;
      if (self->view != DLM_MEANVAR_VIEW_DOTS || !dlm_geometry_contains (g, x, y) ||
          (i = nearest_index (g, self->data, x)) < 0 ||
          hypot (dlm_geometry_x_to_px (g, i) - x,
                 dlm_geometry_y_to_px (g, dlm_meanvar_value_at (self->data, i)) - y) > GRAB_RADIUS)
        return FALSE;
      self->drag_index = i;
      self->drag_geometry = *g;
      return TRUE;
    }
  if (self->drag_index < 0)
    return FALSE;
  *assignments = drag_assignment (self, y);
  if (phase == DLM_DRAG_END)
    self->drag_index = -1;
  return TRUE;
}

/* ---- checks --------------------------------------------------------------- */

static gboolean
dlm_meanvar_topic_check_text (DlmTopic    *topic,
                              GParamSpec  *pspec,
                              const char  *text,
                              GError     **error)
{
  g_autoptr(GArray) values = NULL;

  if (pspec == properties[PROP_COMPARE] && is_blank (text))
    return TRUE;
  values = dlm_parse_vector (pspec->name, text, DLM_MEANVAR_MAX_VALUES, error);
  return values != NULL;
}

static gboolean
dlm_meanvar_topic_check_state (DlmTopic  *topic,
                               GError   **error)
{
  DlmMeanvarTopic *self = DLM_MEANVAR_TOPIC (topic);

  if (!dlm_meanvar_check ("data", self->data->len, self->ddof, error))
    return FALSE;
  return self->compare == NULL ||
         dlm_meanvar_check ("compare", self->compare->len, self->ddof, error);
}

/* ---- GObject -------------------------------------------------------------- */

/* Stores checked text in @field and its numbers in @array (NULL for blank). */
static void
set_values (DlmMeanvarTopic *self,
            const char      *text,
            char           **field,
            GArray         **array,
            GParamSpec      *pspec)
{
  GArray *values = NULL;

  if (g_strcmp0 (*field, text) == 0)
    return;
  if (!is_blank (text))
    {
      values = dlm_parse_vector (pspec->name, text, DLM_MEANVAR_MAX_VALUES, NULL);
      g_return_if_fail (values != NULL);
    }
  g_free (*field);
  *field = g_strdup (text != NULL ? text : "");
  g_clear_pointer (array, g_array_unref);
  *array = values;
  update_stats (self);
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

static void
set_int (DlmMeanvarTopic *self,
         int             *field,
         int              value,
         GParamSpec      *pspec)
{
  if (*field == value)
    return;
  *field = value;
  update_stats (self);
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

static void
dlm_meanvar_topic_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  DlmMeanvarTopic *self = DLM_MEANVAR_TOPIC (object);

  switch (prop_id)
    {
    case PROP_DATA:    g_value_set_string (value, self->data_text); break;
    case PROP_DDOF:    g_value_set_int (value, self->ddof); break;
    case PROP_COMPARE: g_value_set_string (value, self->compare_text); break;
    case PROP_VIEW:    g_value_set_enum (value, self->view); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlm_meanvar_topic_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  DlmMeanvarTopic *self = DLM_MEANVAR_TOPIC (object);

  switch (prop_id)
    {
    case PROP_DATA:
      set_values (self, g_value_get_string (value), &self->data_text, &self->data, pspec);
      break;
    case PROP_DDOF:
      set_int (self, &self->ddof, g_value_get_int (value), pspec);
      break;
    case PROP_COMPARE:
      set_values (self, g_value_get_string (value), &self->compare_text, &self->compare, pspec);
      break;
    case PROP_VIEW:
      set_int (self, (int *) &self->view, g_value_get_enum (value), pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlm_meanvar_topic_finalize (GObject *object)
{
  DlmMeanvarTopic *self = DLM_MEANVAR_TOPIC (object);

  g_clear_pointer (&self->data_text, g_free);
  g_clear_pointer (&self->compare_text, g_free);
  g_clear_pointer (&self->data, g_array_unref);
  g_clear_pointer (&self->compare, g_array_unref);

  G_OBJECT_CLASS (dlm_meanvar_topic_parent_class)->finalize (object);
}

static void
dlm_meanvar_topic_class_init (DlmMeanvarTopicClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  DlmTopicClass *topic_class = DLM_TOPIC_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->get_property = dlm_meanvar_topic_get_property;
  object_class->set_property = dlm_meanvar_topic_set_property;
  object_class->finalize = dlm_meanvar_topic_finalize;

  topic_class->id = "meanvar";
  topic_class->slides_param = "view";
  topic_class->title = N_("Mean and variance");
  topic_class->check_text = dlm_meanvar_topic_check_text;
  topic_class->check_state = dlm_meanvar_topic_check_state;
  topic_class->render = dlm_meanvar_topic_render;
  topic_class->write_csv = dlm_meanvar_topic_write_csv;
  topic_class->write_summary = dlm_meanvar_topic_write_summary;
  topic_class->describe = dlm_meanvar_topic_describe;
  topic_class->formula = dlm_meanvar_topic_formula;
  topic_class->explanation = dlm_meanvar_topic_explanation;
  topic_class->probe = dlm_meanvar_topic_probe;
  topic_class->count_points = dlm_meanvar_topic_count_points;
  topic_class->get_point = dlm_meanvar_topic_get_point;
  topic_class->drag = dlm_meanvar_topic_drag;

  properties[PROP_DATA] =
    g_param_spec_string ("data", NULL, N_("1 to 1000 finite numbers"), "8, 0, 4, 1, -2, 7", flags);
  properties[PROP_DDOF] =
    g_param_spec_int ("ddof", NULL, N_("0 (divide by n) or 1 (divide by n − 1)"), 0, 1, 1, flags);
  properties[PROP_COMPARE] =
    g_param_spec_string ("compare", NULL, N_("empty (none), or 1 to 1000 finite numbers"), "", flags);
  properties[PROP_VIEW] =
    g_param_spec_enum ("view", NULL, NULL, DLM_TYPE_MEANVAR_VIEW, DLM_MEANVAR_VIEW_DOTS, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dlm_meanvar_topic_init (DlmMeanvarTopic *self)
{
  self->drag_index = -1;
  self->data_text = g_strdup ("");
  self->compare_text = g_strdup ("");
}

DlmTopic *
dlm_meanvar_topic_new (void)
{
  return g_object_new (DLM_TYPE_MEANVAR_TOPIC, NULL);
}
