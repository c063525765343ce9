/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "dlm-error.h"
#include "dlm-meanvar.h"
#include "dlm-meanvar-topic.h"
#include "dlm-softmax-topic.h"
#include "dlm-layout.h"
#include "golden.h"
#include "topic-test.h"

/* Reference values from Debian's NumPy (/usr/bin/python3):
 *   a = np.array([8, 0, 4, 1, -2, 7.]); a.mean(), a.var(ddof=1), a.var(ddof=0),
 *   np.abs(a - a.mean()).mean(), a.std(ddof=1)
 *   -> 3.0 16.0 13.333333333333334 3.3333333333333335 4.0 */
#define SPREAD_MEAN  3.0
#define SPREAD_VAR1  16.0
#define SPREAD_VAR0  13.333333333333334
#define SPREAD_MAD   3.3333333333333335
#define SPREAD_SD1   4.0
/* b = np.array([2, 3, 4, 3, 4, 4.]); b.var(ddof=1), b.var(ddof=0), b.mean()
 *   -> 0.6666666666666666 0.5555555555555555 3.3333333333333335
 * (for ddof = 0 GSL's value is one bit above NumPy's)
 * (the course's "0.667" is the ddof = 1 value) */
#define CLOSE_VAR1   0.6666666666666666
#define CLOSE_VAR0   0.5555555555555555
#define CLOSE_MEAN   3.3333333333333335
/* c = np.array([1, 2, 3, 3, 2, 1.]); c.var(ddof=1), (c + 100).var(ddof=1),
 * np.abs(c - c.mean()).mean() -> 0.8 0.8 0.6666666666666666 */
#define SHIFT_VAR1   0.8
#define SHIFT_MAD    0.6666666666666666

/* ---- core ------------------------------------------------------------- */

static void
test_core_course_examples (void)
{
  const double spread[] = { 8, 0, 4, 1, -2, 7 }, close[] = { 2, 3, 4, 3, 4, 4 };
  DlmMeanVar s;

  g_assert_true (dlm_meanvar_compute (spread, 6, 1, &s, NULL));
  g_assert_cmpfloat (s.mean, ==, SPREAD_MEAN);
  g_assert_cmpfloat (s.variance, ==, SPREAD_VAR1);
  g_assert_cmpfloat (s.sd, ==, SPREAD_SD1);
  g_assert_cmpfloat (s.sum_squares, ==, 80);
  g_assert_cmpfloat (s.mad, ==, SPREAD_MAD);
  g_assert_cmpfloat (fabs (s.sum_deviations), <=, 1e-12);

  g_assert_true (dlm_meanvar_compute (spread, 6, 0, &s, NULL));
  g_assert_cmpfloat (s.variance, ==, SPREAD_VAR0);

  g_assert_true (dlm_meanvar_compute (close, 6, 1, &s, NULL));
  g_assert_cmpfloat (s.variance, ==, CLOSE_VAR1);
  g_assert_cmpfloat (s.mean, ==, CLOSE_MEAN);
  g_assert_true (dlm_meanvar_compute (close, 6, 0, &s, NULL));
  g_assert_cmpfloat_with_epsilon (s.variance, CLOSE_VAR0, 1e-15);
}

static void
test_core_refusals (void)
{
  const double one[] = { 5 };
  g_autoptr(GError) error = NULL;
  DlmMeanVar s;

  g_assert_false (dlm_meanvar_compute (one, 1, 1, &s, &error));
  g_assert_error (error, DLM_ERROR, DLM_ERROR_RANGE);
  g_assert_nonnull (strstr (error->message, "data"));
  g_assert_nonnull (strstr (error->message, "ddof"));
  g_clear_error (&error);
  /* one value with ddof = 0 has variance 0, not NaN */
  g_assert_true (dlm_meanvar_compute (one, 1, 0, &s, NULL));
  g_assert_cmpfloat (s.variance, ==, 0);
  g_assert_false (dlm_meanvar_compute (one, 0, 0, &s, &error));
  g_assert_error (error, DLM_ERROR, DLM_ERROR_EMPTY);
  g_clear_error (&error);
  g_assert_false (dlm_meanvar_compute (one, 1, 2, &s, &error));
  g_assert_nonnull (strstr (error->message, "ddof"));
}

/* ---- topic: numbers ---------------------------------------------------- */

static void
test_defaults (void)
{
  g_autoptr(DlmTopic) topic = dlm_meanvar_topic_new ();
  g_autoptr(GHashTable) s = summary_of (topic);
  g_autofree char *data = dlm_topic_get_param_text (topic, "data");

  g_assert_cmpstr (dlm_topic_get_id (topic), ==, "meanvar");
  g_assert_cmpstr (data, ==, "8, 0, 4, 1, -2, 7");
  g_assert_cmpfloat (summary_number (s, "n"), ==, 6);
  g_assert_cmpfloat (summary_number (s, "mean"), ==, SPREAD_MEAN);
  g_assert_cmpfloat (summary_number (s, "variance"), ==, SPREAD_VAR1);
  g_assert_cmpfloat (summary_number (s, "std"), ==, SPREAD_SD1);
  g_assert_cmpfloat (summary_number (s, "mad"), ==, SPREAD_MAD);
  g_assert_cmpfloat (summary_number (s, "ddof"), ==, 1);
  g_assert_cmpfloat (fabs (summary_number (s, "sum_deviations")), <=, 1e-12);
  g_assert_false (g_hash_table_contains (s, "compare_variance"));
}

static void
test_ddof_toggle (void)
{
  g_autoptr(DlmTopic) topic = dlm_meanvar_topic_new ();
  g_autoptr(GHashTable) s = NULL;
  g_autoptr(GHashTable) t = NULL;

  g_assert_true (dlm_topic_set_param (topic, "ddof", "0", NULL));
  s = summary_of (topic);
  g_assert_cmpfloat (summary_number (s, "variance"), ==, SPREAD_VAR0);
  g_assert_cmpfloat (summary_number (s, "std"), ==, sqrt (SPREAD_VAR0));
  g_assert_true (dlm_topic_set_param (topic, "data", "2, 3, 4, 3, 4, 4", NULL));
  g_assert_true (dlm_topic_set_param (topic, "ddof", "1", NULL));
  t = summary_of (topic);
  g_assert_cmpfloat (summary_number (t, "variance"), ==, CLOSE_VAR1);
}

static void
test_shift_invariance (void)
{
  g_autoptr(DlmTopic) topic = dlm_meanvar_topic_new ();
  const char *shift[] = { "data=1, 2, 3, 3, 2, 1", "compare=101, 102, 103, 103, 102, 101", NULL };
  g_autoptr(GHashTable) s = NULL;
  g_autofree char *description = NULL;

  g_assert_true (dlm_topic_apply (topic, shift, NULL));
  s = summary_of (topic);
  g_assert_cmpfloat (summary_number (s, "mean"), ==, 2);
  g_assert_cmpfloat (summary_number (s, "compare_mean"), ==, 102);
  /* GSL's variance is 0.79999999999999993 here, one bit from NumPy's 0.8;
   * the shifted set gets exactly the same number */
  g_assert_cmpfloat_with_epsilon (summary_number (s, "variance"), SHIFT_VAR1, 1e-15);
  g_assert_cmpfloat (summary_number (s, "compare_variance"), ==, summary_number (s, "variance"));
  g_assert_cmpfloat (summary_number (s, "mad"), ==, SHIFT_MAD);
  g_assert_cmpfloat (summary_number (s, "compare_mad"), ==, SHIFT_MAD);
  g_assert_cmpfloat (fabs (summary_number (s, "sum_deviations")), <=, 1e-12);
  g_assert_cmpfloat (fabs (summary_number (s, "compare_sum_deviations")), <=, 1e-12);
  description = dlm_topic_describe (topic);
  g_assert_nonnull (strstr (description, "mean 102 and variance 0.8"));
}

/* Σ(xᵢ − x̄) for awkward data: it is 0 up to rounding, whatever the values. */
static void
test_deviations_cancel (void)
{
  g_autoptr(DlmTopic) topic = dlm_meanvar_topic_new ();
  g_autoptr(GHashTable) s = NULL;

  g_assert_true (dlm_topic_set_param (topic, "data", "0.1, 0.7, 3.3, -2.9, 1e3, 12.5, 0.001", NULL));
  s = summary_of (topic);
  g_assert_cmpfloat (fabs (summary_number (s, "sum_deviations")), <=, 1e-12);
}

static void
test_csv_parsed_back (void)
{
  g_autoptr(DlmTopic) topic = dlm_meanvar_topic_new ();
  g_autofree char *csv = dlm_topic_to_csv (topic);
  g_auto(GStrv) lines = g_strsplit (csv, "\n", -1);
  const double x[] = { 8, 0, 4, 1, -2, 7 };
  double squares = 0;

  g_assert_cmpstr (lines[0], ==, "i,x,deviation,squared_deviation");
  for (guint i = 0; i < G_N_ELEMENTS (x); i++)
    {
      g_auto(GStrv) f = g_strsplit (lines[i + 1], ",", -1);

      g_assert_cmpuint (g_strv_length (f), ==, 4);
      g_assert_cmpfloat (g_ascii_strtod (f[0], NULL), ==, i + 1);
      g_assert_cmpfloat (g_ascii_strtod (f[1], NULL), ==, x[i]);
      g_assert_cmpfloat (g_ascii_strtod (f[2], NULL), ==, x[i] - SPREAD_MEAN);
      g_assert_cmpfloat (g_ascii_strtod (f[3], NULL), ==, (x[i] - 3) * (x[i] - 3));
      squares += g_ascii_strtod (f[3], NULL);
    }
  g_assert_cmpstr (lines[7], ==, "");
  /* the course: var(x) = sum([5, -3, 1, -2, -5, 4]²) / 5 */
  g_assert_cmpfloat (squares / 5, ==, SPREAD_VAR1);
}

/* ---- bad input --------------------------------------------------------- */

static void
test_bad_input (void)
{
  g_autoptr(DlmTopic) topic = dlm_meanvar_topic_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) many = g_string_new (NULL);
  const struct { const char *key, *value, *needle; } bad[] = {
    { "data", "1, two, 3", "two" },
    { "data", "", "empty" },
    { "data", "   ", "empty" },
    { "data", "1, nan", "finite" },
    { "data", "1, inf", "finite" },
    { "data", "5", "ddof" },
    { "compare", "1, x", "x" },
    { "compare", "1, nan", "finite" },
    { "compare", "42", "ddof" },
    { "ddof", "2", "range" },
    { "ddof", "0.5", "whole number" },
    { "ddof", "one", "not a number" },
    { "view", "pie", "dots|normal" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *data = NULL, *compare = NULL, *ddof = NULL;

      g_assert_false (dlm_topic_set_param (topic, bad[i].key, bad[i].value, &error));
      g_assert_error (error, DLM_ERROR, error->code);
      if (strstr (error->message, bad[i].needle) == NULL || strstr (error->message, bad[i].key) == NULL)
        g_error ("%s=%s: “%s” lacks “%s”", bad[i].key, bad[i].value, error->message, bad[i].needle);
      g_clear_error (&error);
      data = dlm_topic_get_param_text (topic, "data");
      compare = dlm_topic_get_param_text (topic, "compare");
      ddof = dlm_topic_get_param_text (topic, "ddof");
      g_assert_cmpstr (data, ==, "8, 0, 4, 1, -2, 7");
      g_assert_cmpstr (compare, ==, "");
      g_assert_cmpstr (ddof, ==, "1");
    }

  for (guint i = 0; i < 1001; i++)
    g_string_append (many, "1 ");
  g_assert_false (dlm_topic_set_param (topic, "data", many->str, &error));
  g_assert_error (error, DLM_ERROR, DLM_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "data"));
  g_clear_error (&error);
  g_string_truncate (many, 2 * 1000);
  g_assert_true (dlm_topic_set_param (topic, "data", many->str, NULL));
}

/* One value: fine with ddof = 0, refused when ddof becomes 1 (with the data
 * left as it was); together with more data it is accepted. */
static void
test_single_value (void)
{
  g_autoptr(DlmTopic) topic = dlm_meanvar_topic_new ();
  g_autoptr(GError) error = NULL;
  const char *fix[] = { "ddof=1", "data=5, 6", NULL };
  g_autoptr(GHashTable) s = NULL;
  g_autofree char *ddof = NULL;

  g_assert_true (dlm_topic_set_param (topic, "ddof", "0", NULL));
  g_assert_true (dlm_topic_set_param (topic, "data", "5", NULL));
  s = summary_of (topic);
  g_assert_cmpfloat (summary_number (s, "variance"), ==, 0);
  g_assert_false (dlm_topic_set_param (topic, "ddof", "1", &error));
  g_assert_nonnull (strstr (error->message, "data:"));
  g_assert_nonnull (strstr (error->message, "ddof"));
  ddof = dlm_topic_get_param_text (topic, "ddof");
  g_assert_cmpstr (ddof, ==, "0");
  g_assert_true (dlm_topic_apply (topic, fix, NULL));
}

/* ---- words and pointer ------------------------------------------------- */

static void
test_words (void)
{
  g_autoptr(DlmTopic) topic = dlm_meanvar_topic_new ();
  g_autofree char *dots = dlm_topic_describe (topic);
  g_autofree char *formula = dlm_topic_get_formula (topic);
  g_autofree char *explanation = dlm_topic_get_explanation (topic);
  g_autofree char *normal = NULL, *formula0 = NULL;

  g_assert_nonnull (strstr (dots, "6 values"));
  g_assert_nonnull (strstr (dots, "mean 3"));
  g_assert_nonnull (strstr (dots, "add up to 80"));
  g_assert_nonnull (strstr (dots, "variance 16"));
  g_assert_nonnull (strstr (dots, "mean absolute deviation is 3.333"));
  g_assert_nonnull (strstr (formula, "n − 1"));
  g_assert_cmpuint (strlen (explanation), >, 80);
  g_assert_true (dlm_topic_set_param (topic, "ddof", "0", NULL));
  formula0 = dlm_topic_get_formula (topic);
  g_assert_null (strstr (formula0, "n − 1"));
  g_assert_true (dlm_topic_set_param (topic, "view", "normal", NULL));
  normal = dlm_topic_describe (topic);
  g_assert_nonnull (strstr (normal, "same mean 3"));
}

static cairo_surface_t *
render (DlmTopic *topic)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, GOLDEN_W, GOLDEN_H);
  cairo_t *cr = cairo_create (surface);
  DlmTheme theme;

  dlm_theme_init (&theme, DLM_THEME_LIGHT, 1);
  dlm_topic_render (topic, cr, &theme, GOLDEN_W, GOLDEN_H);
  cairo_destroy (cr);
  return surface;
}

/* Where the probe puts its marker for the point nearest column @x. */
static gboolean
find_point (DlmTopic *topic,
            double   *x,
            double   *y,
            char    **text)
{
  DlmProbe probe = { 0 };

  for (double px = 20; px < GOLDEN_W / 2.0; px += 2)
    if (dlm_topic_probe (topic, px, GOLDEN_H * 0.5, &probe))
      {
        *x = probe.x;
        *y = probe.y;
        *text = g_steal_pointer (&probe.text);
        return TRUE;
      }
  return FALSE;
}

static void
test_probe (void)
{
  g_autoptr(DlmTopic) topic = dlm_meanvar_topic_new ();
  cairo_surface_t *surface = render (topic);
  g_autofree char *text = NULL;
  DlmProbe probe = { 0 };
  double x = 0, y = 0;

  g_assert_true (find_point (topic, &x, &y, &text));
  /* the first point: 8, five above the mean 3 */
  g_assert_cmpstr (text, ==, "x1 = 8, deviation +5, squared 25");
  g_assert_false (dlm_topic_probe (topic, 1, 1, &probe));
  cairo_surface_destroy (surface);

  g_assert_true (dlm_topic_set_param (topic, "view", "normal", NULL));
  surface = render (topic);
  g_assert_true (dlm_topic_probe (topic, GOLDEN_W / 2.0, GOLDEN_H / 2.0, &probe));
  g_assert_nonnull (strstr (probe.text, "densities"));
  dlm_probe_clear (&probe);
  cairo_surface_destroy (surface);
}

/* Dragging the first point upwards raises its value and the mean follows;
 * a press away from every point is not a drag, and topics without the hook
 * ignore drags. */
static void
test_drag (void)
{
  g_autoptr(DlmTopic) topic = dlm_meanvar_topic_new ();
  g_autoptr(DlmTopic) softmax = dlm_softmax_topic_new ();
  cairo_surface_t *surface = render (topic);
  g_autoptr(GHashTable) s = NULL;
  g_autofree char *text = NULL, *data = NULL;
  double x = 0, y = 0;

  g_assert_true (find_point (topic, &x, &y, &text));
  g_assert_false (dlm_topic_drag (topic, DLM_DRAG_BEGIN, x + 30, y + 60, NULL));
  g_assert_false (dlm_topic_drag (topic, DLM_DRAG_UPDATE, x, y - 40, NULL));
  g_assert_true (dlm_topic_drag (topic, DLM_DRAG_BEGIN, x + 3, y - 2, NULL));
  g_assert_true (dlm_topic_drag (topic, DLM_DRAG_UPDATE, x, y - 40, NULL));
  g_assert_true (dlm_topic_drag (topic, DLM_DRAG_END, x, y - 80, NULL));
  data = dlm_topic_get_param_text (topic, "data");
  g_assert_true (g_str_has_suffix (data, ", 0, 4, 1, -2, 7"));
  g_assert_cmpfloat (g_ascii_strtod (data, NULL), >, 8.5);
  s = summary_of (topic);
  g_assert_cmpfloat (summary_number (s, "mean"), >, SPREAD_MEAN);
  g_assert_false (dlm_topic_drag (topic, DLM_DRAG_UPDATE, x, y, NULL));
  g_assert_false (dlm_topic_drag (softmax, DLM_DRAG_BEGIN, x, y, NULL));
  cairo_surface_destroy (surface);
}

/* ---- golden images ----------------------------------------------------- */

/* ---- the figure --------------------------------------------------------- */

static DlmTopic *
meanvar_with (const char *const *assignments)
{
  DlmTopic *topic = dlm_meanvar_topic_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (dlm_topic_apply (topic, assignments, &error));
  g_assert_no_error (error);
  return topic;
}

/* The squares keep the points' order: one row, named 1 … n left to right
 * on one line, however narrow the column (they used to wrap into rows). */
static void
test_squares_in_order (void)
{
  const int sizes[][2] = { { 1366, 768 }, { 800, 600 } };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autoptr(DlmTopic) topic = dlm_meanvar_topic_new ();
      g_autoptr(DlmLayoutLog) log = dlm_layout_log_new (sizes[s][0], sizes[s][1]);
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, sizes[s][0], sizes[s][1]);
      cairo_t *cr = cairo_create (surface);
      DlmTheme theme;
      double last_x = -1, row_y = -1;
      gboolean in_column = FALSE;
      guint next = 1;

      dlm_theme_init (&theme, DLM_THEME_PROJECTOR, dlm_theme_auto_scale (sizes[s][0], sizes[s][1]));
      dlm_layout_log_attach (log, cr);
      dlm_topic_render (topic, cr, &theme, sizes[s][0], sizes[s][1]);
      /* the squares' names: drawn after the column's heading */
      for (guint i = 0; i < dlm_layout_log_get_n_items (log); i++)
        {
          const DlmLayoutItem *item = dlm_layout_log_get_item (log, i);
          g_autofree char *want = g_strdup_printf ("%u", next);

          if (item->kind == DLM_LAYOUT_TEXT && strstr (item->text, "Squared deviations") != NULL)
            in_column = TRUE;
          /* the names are muted; the areas inside the squares are not */
          if (!in_column || item->kind != DLM_LAYOUT_TEXT || g_strcmp0 (item->text, want) != 0 ||
              item->color.red != theme.muted.red || item->color.green != theme.muted.green)
            continue;
          g_assert_cmpfloat (item->box.x, >, last_x);
          if (row_y >= 0)
            g_assert_cmpfloat (fabs (item->box.y - row_y), <, 1);
          last_x = item->box.x;
          row_y = item->box.y;
          next++;
        }
      g_assert_cmpuint (next, ==, 7);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
}

/* Indices are whole numbers, 8-digit data never shows e notation. */
static void
test_number_formats (void)
{
  g_autoptr(DlmTopic) few = meanvar_with ((const char *[]) { "data=10, 40, 30, 20", NULL });
  g_autoptr(DlmTopic) wide = meanvar_with ((const char *[]) { "data=12345678, 23456789, 34567890, 45678901", NULL });
  g_autoptr(GPtrArray) few_texts = figure_texts (few, DLM_THEME_LIGHT, 1366, 768);
  g_autoptr(GPtrArray) wide_texts = figure_texts (wide, DLM_THEME_LIGHT, 1366, 768);

  g_assert_false (texts_contain (few_texts, "1.5"));
  g_assert_false (texts_contain (few_texts, "2.5"));
  g_assert_false (texts_contain (wide_texts, "e+"));
  /* σ² of the four: 2.058 × 10¹⁴ (np.var(x, ddof=1) = 205761316872427.97) */
  g_assert_true (texts_contain (wide_texts, "2.058 × 10¹⁴"));
  g_assert_true (texts_contain (wide_texts, "x̄ = 29\u202f012\u202f314"));
}

/* Below the facts, where there is room: the deviations' two sums, equal
 * and opposite ([8, 0, 4, 1, −2, 7]: +5 +1 +4 = 10 above, −3 −2 −5 below). */
static void
test_cancel_panel (void)
{
  g_autoptr(DlmTopic) topic = dlm_meanvar_topic_new ();
  g_autoptr(GPtrArray) texts = figure_texts (topic, DLM_THEME_LIGHT, 1366, 768);

  g_assert_true (texts_contain (texts, "Deviations added as they are cancel: +10 and −10"));
  g_assert_true (texts_contain (texts, "above x̄"));
}

/* No text overlaps, leaves its panel or is pale, in either view, every
 * theme, at a laptop's and a small window's size. */
static void
test_layout_clean (void)
{
  const char *cases[][4] = {
    { "view=dots", NULL },
    { "view=dots", "data=12345678, 23456789, 34567890, 45678901", NULL },
    { "view=dots", "data=-8, -3, -5, -12, -1", "compare=-2, -4, -6", NULL },
    { "view=dots", "data=2, 3, 4, 3, 4, 4", "ddof=0", NULL },
    { "view=normal", NULL },
  };
  const int sizes[][2] = { { 1366, 768 }, { 800, 600 } };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    for (DlmThemeKind theme = DLM_THEME_LIGHT; theme <= DLM_THEME_PROJECTOR; theme++)
      for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
        {
          g_autoptr(DlmTopic) topic = meanvar_with (cases[c]);
          g_autoptr(GPtrArray) problems = figure_problems (topic, theme, sizes[s][0], sizes[s][1]);

          if (problems->len > 0)
            g_error ("%s %s: %s", cases[c][0], cases[c][1] ? cases[c][1] : "",
                     (const char *) problems->pdata[0]);
        }
}

static const DlmGolden goldens[] = {
  { "meanvar-dots-light", dlm_meanvar_topic_get_type, { NULL }, DLM_THEME_LIGHT },
  { "meanvar-shift-dark", dlm_meanvar_topic_get_type,
    { "data=1, 2, 3, 3, 2, 1", "compare=101, 102, 103, 103, 102, 101", NULL }, DLM_THEME_DARK },
  { "meanvar-close-projector", dlm_meanvar_topic_get_type,
    { "data=2, 3, 4, 3, 4, 4", "ddof=0", NULL }, DLM_THEME_PROJECTOR },
  { "meanvar-normal-light", dlm_meanvar_topic_get_type, { "view=normal", NULL }, DLM_THEME_LIGHT },
  { "meanvar-normal-dark", dlm_meanvar_topic_get_type, { "view=normal", NULL }, DLM_THEME_DARK },
  { "meanvar-normal-projector", dlm_meanvar_topic_get_type,
    { "view=normal", "data=2, 3, 4, 3, 4, 4", NULL }, DLM_THEME_PROJECTOR },
};

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/topics/meanvar/core/course-examples", test_core_course_examples);
  g_test_add_func ("/topics/meanvar/core/refusals", test_core_refusals);
  g_test_add_func ("/topics/meanvar/defaults", test_defaults);
  g_test_add_func ("/topics/meanvar/ddof-toggle", test_ddof_toggle);
  g_test_add_func ("/topics/meanvar/shift-invariance", test_shift_invariance);
  g_test_add_func ("/topics/meanvar/deviations-cancel", test_deviations_cancel);
  g_test_add_func ("/topics/meanvar/csv-parsed-back", test_csv_parsed_back);
  g_test_add_func ("/topics/meanvar/bad-input", test_bad_input);
  g_test_add_func ("/topics/meanvar/single-value", test_single_value);
  g_test_add_func ("/topics/meanvar/words", test_words);
  g_test_add_func ("/topics/meanvar/probe", test_probe);
  g_test_add_func ("/topics/meanvar/drag", test_drag);
  g_test_add_func ("/topics/meanvar/squares-in-order", test_squares_in_order);
  g_test_add_func ("/topics/meanvar/number-formats", test_number_formats);
  g_test_add_func ("/topics/meanvar/layout", test_layout_clean);
  g_test_add_func ("/topics/meanvar/cancel", test_cancel_panel);
  dlm_golden_add_tests ("/topics/meanvar/golden/", goldens, G_N_ELEMENTS (goldens));

  return g_test_run ();
}
