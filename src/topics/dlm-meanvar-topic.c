/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "dlm-error.h"
#include "dlm-format.h"
#include "dlm-meanvar.h"
#include "dlm-meanvar-private.h"
#include "dlm-parse.h"

/* How near (px) a press must be to a point to pick it up. */
#define GRAB_RADIUS 24

G_DEFINE_ENUM_TYPE (DlmMeanvarView, dlm_meanvar_view,
  G_DEFINE_ENUM_VALUE (DLM_MEANVAR_VIEW_DOTS, "dots"),
  G_DEFINE_ENUM_VALUE (DLM_MEANVAR_VIEW_NORMAL, "normal"),
  G_DEFINE_ENUM_VALUE (DLM_MEANVAR_VIEW_SQUARES, "squares"))

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
  g_clear_pointer (&self->modes, g_array_unref);
  if (self->data == NULL || self->data->len == 0)
    return;
  self->median = dlm_meanvar_median (dlm_meanvar_values_of (self->data), self->data->len);
  self->modes = dlm_meanvar_modes (dlm_meanvar_values_of (self->data), self->data->len, &self->mode_count);
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
const char *
dlm_meanvar_divisor_name (DlmMeanvarTopic *self)
{
  return self->ddof == 1 ? "n − 1" : "n";
}

/* The same after a division sign: "(n − 1)" or "n". */
const char *
dlm_meanvar_divisor_term (DlmMeanvarTopic *self)
{
  return self->ddof == 1 ? "(n − 1)" : "n";
}

/* Every key keeps one meaning in every view (doc/machine-output.md):
 * mad divides by n, mad_n_minus_1 by n − 1 whatever ddof is. */
void
dlm_meanvar_add_spread (GString          *out,
                        const char       *prefix,
                        const DlmMeanVar *s)
{
  static const char *keys[] = { "n", "mean", "variance", "std", "mad", "sum_squares",
                                "sum_deviations", "sum_abs_deviations" };
  double values[] = { s->n, s->mean, s->variance, s->sd, s->mad, s->sum_squares,
                      s->sum_deviations, s->sum_abs };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_autofree char *key = g_strconcat (prefix, keys[i], NULL);
      dlm_summary_add_number (out, key, values[i]);
    }
  if (s->n > 1)
    {
      g_autofree char *key = g_strconcat (prefix, "mad_n_minus_1", NULL);
      dlm_summary_add_number (out, key, s->mad_n1);
    }
}

/* @values as a list: "4", "1, 2 and 3". */
char *
dlm_meanvar_list_values (GArray *values)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < values->len; i++)
    {
      g_autofree char *v = dlm_meanvar_label_number (dlm_meanvar_value_at (values, i));

      if (i > 0)
        /* Translators: between the last two items of a list of numbers */
        g_string_append (text, i + 1 == values->len ? _(" and ") : ", ");
      g_string_append (text, v);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

char *
dlm_meanvar_mode_words (DlmMeanvarTopic *self)
{
  g_autofree char *list = NULL;

  if (self->data->len == 1)
    return g_strdup (_("the one value is its own mode"));
  if (self->mode_count <= 1)
    return g_strdup (_("every value occurs once, so there is no mode"));
  list = dlm_meanvar_list_values (self->modes);
  if (self->modes->len == 1)
    /* Translators: the most frequent value and how often it occurs */
    return g_strdup_printf (ngettext ("the mode is %s, occurring %u time", "the mode is %s, occurring %u times",
                                      self->mode_count), list, self->mode_count);
  /* Translators: several values tie as the most frequent; how often each occurs */
  return g_strdup_printf (ngettext ("the modes are %s, occurring %u time each",
                                    "the modes are %s, occurring %u times each", self->mode_count),
                          list, self->mode_count);
}

/* ---- views --------------------------------------------------------------- */

static const DlmMeanvarViewClass *
view_class (DlmMeanvarTopic *self)
{
  switch (self->view)
    {
    case DLM_MEANVAR_VIEW_NORMAL:  return &dlm_meanvar_normal_view;
    case DLM_MEANVAR_VIEW_SQUARES: return &dlm_meanvar_squares_view;
    case DLM_MEANVAR_VIEW_DOTS:
    default:                       return &dlm_meanvar_dots_view;
    }
}

static void
dlm_meanvar_topic_render (DlmTopic       *topic,
                          cairo_t        *cr,
                          const DlmTheme *theme,
                          double          width,
                          double          height)
{
  DlmMeanvarTopic *self = DLM_MEANVAR_TOPIC (topic);
  const DlmMeanvarViewClass *view = view_class (self);
  const char *notice = self->view == DLM_MEANVAR_VIEW_NORMAL && self->stats.sd == 0
                       ? _("All values are equal, so σ = 0; the curves use σ = 1 to show the shape.") : NULL;
  DlmRect area = dlm_figure_begin_noticed (cr, theme, width, height, _(view->title), notice);

  self->panels[0].valid = self->panels[1].valid = FALSE;
  g_return_if_fail (self->stats_valid);

  view->render (self, cr, theme, area);
}

static void
dlm_meanvar_topic_write_csv (DlmTopic *topic,
                             GString  *out)
{
  DlmMeanvarTopic *self = DLM_MEANVAR_TOPIC (topic);

  view_class (self)->write_csv (self, out);
}

static void
dlm_meanvar_topic_write_summary (DlmTopic *topic,
                                 GString  *out)
{
  DlmMeanvarTopic *self = DLM_MEANVAR_TOPIC (topic);

  view_class (self)->write_summary (self, out);
}

static char *
dlm_meanvar_topic_describe (DlmTopic *topic)
{
  DlmMeanvarTopic *self = DLM_MEANVAR_TOPIC (topic);

  return view_class (self)->describe (self);
}

static char *
dlm_meanvar_topic_formula (DlmTopic *topic)
{
  DlmMeanvarTopic *self = DLM_MEANVAR_TOPIC (topic);

  return view_class (self)->formula (self);
}

static char *
dlm_meanvar_topic_explanation (DlmTopic *topic)
{
  DlmMeanvarTopic *self = DLM_MEANVAR_TOPIC (topic);

  return view_class (self)->explanation (self);
}

/* ---- pointer ------------------------------------------------------------- */

/* The point of @values nearest the pointer's column in @g, or -1. */
int
dlm_meanvar_nearest_index (const DlmAxesGeometry *g,
                           GArray                *values,
                           double                 x)
{
  double i = round (dlm_geometry_px_to_x (g, x));

  return i >= 0 && i < values->len ? (int) i : -1;
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
  return view_class (self)->probe (self, x, y, probe);
}

static guint
dlm_meanvar_topic_count_points (DlmTopic *topic,
                                guint    *row_length)
{
  DlmMeanvarTopic *self = DLM_MEANVAR_TOPIC (topic);

  if (!self->panels[0].valid || self->data == NULL)
    return 0;
  return view_class (self)->count_points (self, row_length);
}

static gboolean
dlm_meanvar_topic_get_point (DlmTopic *topic,
                             guint     index,
                             DlmProbe *point)
{
  DlmMeanvarTopic *self = DLM_MEANVAR_TOPIC (topic);

  return view_class (self)->get_point (self, index, point);
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
          (i = dlm_meanvar_nearest_index (g, self->data, x)) < 0 ||
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
  return values != NULL &&
         dlm_meanvar_check_values (pspec->name, dlm_meanvar_values_of (values), values->len, error);
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
  g_clear_pointer (&self->modes, g_array_unref);

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
  topic_class->write_code = dlm_meanvar_write_code;
  topic_class->write_plot_code = dlm_meanvar_write_plot_code;

  properties[PROP_DATA] =
    g_param_spec_string ("data", NULL, N_("1 to 1000 numbers from −1e150 to 1e150"), "8, 0, 4, 1, -2, 7", flags);
  properties[PROP_DDOF] =
    g_param_spec_int ("ddof", NULL, N_("0 (divide by n) or 1 (divide by n − 1)"), 0, 1, 1, flags);
  properties[PROP_COMPARE] =
    g_param_spec_string ("compare", NULL, N_("empty (none), or 1 to 1000 numbers from −1e150 to 1e150"), "", flags);
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
