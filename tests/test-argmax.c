/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "dlm-argmax-topic.h"
#include "dlm-error.h"
#include "dlm-layout.h"
#include "golden.h"
#include "topic-test.h"

/* The course's classifier output, as the classifier view opens on it. */
#define CLASSIFIER_VALUES "values=0, 0.05, 0.8, 0.1, 0.05"
#define CLASSIFIER_LABELS "labels=squirrel, speed-limit sign, stop sign, tomato, car"

/* Reference values from Debian's NumPy (/usr/bin/python3):
 *   a = np.array([1, -1, 3, 0, 4, 3.]); a.min(), a.max(), np.argmin(a), np.argmax(a)
 *   -> -1.0 4.0 1 4 */
#define SLIDES_MIN    (-1.0)
#define SLIDES_MAX    4.0
#define SLIDES_ARGMIN 1
#define SLIDES_ARGMAX 4
/* np.argmax([1, 3, 7, 4]) -> 2 (the quiz) */
#define QUIZ_ARGMAX   2
/* t = np.array([2, 7, 1, 7, 1.]); np.argmax(t), np.argmin(t) -> 1 2 (first occurrence) */
#define TIES_ARGMAX   1
#define TIES_ARGMIN   2
/* np.argmax(np.array([0, 0.05, 0.8, 0.1, 0.05])) -> 2 */
#define CLASSIFIER_ARGMAX 2
/* x = np.linspace(-2, 5, 7001); f = 1 + 2*np.exp(-(x+1)**2); L = (x-2)**2 + 1
 * i = np.argmax(f); j = np.argmin(L); i, x[i], f[i], j, x[j], L[j]
 *   -> 1000 -1.0 3.0 4000 2.0 1.0 */
#define GRID_ARGMAX    1000
#define GRID_ARGMAX_X  (-1.0)
#define GRID_MAX       3.0
#define GRID_ARGMIN    4000
#define GRID_ARGMIN_X  2.0
#define GRID_MIN       1.0

static double
number (GHashTable *table,
        const char *key)
{
  const char *text = g_hash_table_lookup (table, key);
  char *end;
  double value;

  if (text == NULL)
    g_error ("summary lacks %s", key);
  value = g_ascii_strtod (text, &end);
  g_assert_cmpint (*end, ==, '\0');
  return value;
}

static void
test_slides_zero_based (void)
{
  g_autoptr(DlmTopic) topic = dlm_argmax_topic_new ();
  g_autoptr(GHashTable) s = summary_of (topic);
  g_autofree char *values = dlm_topic_get_param_text (topic, "values");
  g_autofree char *base = dlm_topic_get_param_text (topic, "index-base");
  g_autofree char *description = dlm_topic_describe (topic);

  g_assert_cmpstr (dlm_topic_get_id (topic), ==, "argmax");
  g_assert_cmpstr (values, ==, "1, -1, 3, 0, 4, 3");
  g_assert_cmpstr (base, ==, "0");
  g_assert_cmpfloat (number (s, "min"), ==, SLIDES_MIN);
  g_assert_cmpfloat (number (s, "max"), ==, SLIDES_MAX);
  g_assert_cmpfloat (number (s, "argmin"), ==, SLIDES_ARGMIN);
  g_assert_cmpfloat (number (s, "argmax"), ==, SLIDES_ARGMAX);
  g_assert_cmpfloat (number (s, "ties"), ==, 1);
  g_assert_cmpstr (g_hash_table_lookup (s, "argmax_label"), ==, "");
  g_assert_nonnull (strstr (description, "argmin is 1 (NumPy, 0-based) / position 2 (1-based)"));
  g_assert_nonnull (strstr (description, "argmax is 4 (NumPy, 0-based) / position 5 (1-based)"));
}

/* The slides write Arg min = 2 and Arg max = 5: positions counted from 1. */
static void
test_slides_one_based (void)
{
  g_autoptr(DlmTopic) topic = dlm_argmax_topic_new ();
  g_autoptr(GHashTable) s = NULL;
  g_autofree char *description = NULL;

  g_assert_true (dlm_topic_set_param (topic, "index-base", "1", NULL));
  s = summary_of (topic);
  g_assert_cmpfloat (number (s, "argmin"), ==, SLIDES_ARGMIN + 1);
  g_assert_cmpfloat (number (s, "argmax"), ==, SLIDES_ARGMAX + 1);
  g_assert_cmpfloat (number (s, "index_base"), ==, 1);
  g_assert_cmpfloat (number (s, "min"), ==, SLIDES_MIN);
  description = dlm_topic_describe (topic);
  g_assert_nonnull (strstr (description, "argmin is position 2 (1-based) / index 1 (NumPy, 0-based)"));
}

static void
test_quiz (void)
{
  g_autoptr(DlmTopic) topic = dlm_argmax_topic_new ();
  g_autoptr(GHashTable) s = NULL;

  g_assert_true (dlm_topic_set_param (topic, "values", "[1, 3, 7, 4]", NULL));
  s = summary_of (topic);
  g_assert_cmpfloat (number (s, "argmax"), ==, QUIZ_ARGMAX);
  g_assert_cmpfloat (number (s, "max"), ==, 7);
}

/* Ties: the first occurrence is returned, every tied place is named. */
static void
test_ties (void)
{
  g_autoptr(DlmTopic) topic = dlm_argmax_topic_new ();
  g_autoptr(GHashTable) s = NULL;
  g_autofree char *description = NULL;
  g_autofree char *one_based = NULL;

  g_assert_true (dlm_topic_set_param (topic, "values", "2, 7, 1, 7, 1", NULL));
  s = summary_of (topic);
  g_assert_cmpfloat (number (s, "argmax"), ==, TIES_ARGMAX);
  g_assert_cmpfloat (number (s, "argmin"), ==, TIES_ARGMIN);
  g_assert_cmpfloat (number (s, "ties"), ==, 2);
  g_assert_cmpfloat (number (s, "min_ties"), ==, 2);
  description = dlm_topic_describe (topic);
  g_assert_nonnull (strstr (description, "max is 7, found 2 times (at 1, 3, all marked)"));
  g_assert_nonnull (strstr (description, "min is 1, found 2 times (at 2, 4, all marked)"));
  g_assert_true (dlm_topic_set_param (topic, "index-base", "1", NULL));
  one_based = dlm_topic_describe (topic);
  g_assert_nonnull (strstr (one_based, "found 2 times (at 2, 4, all marked); argmax returns "
                                       "the first: position 2"));
  /* the slides' values: 3 appears twice, but neither is an extreme */
  g_assert_true (dlm_topic_set_param (topic, "values", "1, -1, 3, 0, 3, 3", NULL));
  g_clear_pointer (&s, g_hash_table_unref);
  s = summary_of (topic);
  g_assert_cmpfloat (number (s, "argmax"), ==, 3);
  g_assert_cmpfloat (number (s, "ties"), ==, 3);
}

static void
test_classifier (void)
{
  g_autoptr(DlmTopic) topic = dlm_argmax_topic_new ();
  const char *example[] = { "values=0, 0.05, 0.8, 0.1, 0.05",
                            "labels=squirrel, speed-limit sign, stop sign, tomato, car",
                            "view=classifier", NULL };
  g_autoptr(GHashTable) s = NULL;
  g_autofree char *description = NULL;

  g_assert_true (dlm_topic_apply (topic, example, NULL));
  s = summary_of (topic);
  g_assert_cmpfloat (number (s, "argmax"), ==, CLASSIFIER_ARGMAX);
  g_assert_cmpstr (g_hash_table_lookup (s, "argmax_label"), ==, "stop sign");
  g_assert_cmpfloat (number (s, "max"), ==, 0.8);
  description = dlm_topic_describe (topic);
  g_assert_nonnull (strstr (description, "the prediction is stop sign"));
}

/* Fewer or more names than values: shown, with a notice, never refused. */
static void
test_label_count_notice (void)
{
  g_autoptr(DlmTopic) topic = dlm_argmax_topic_new ();
  g_autofree char *fewer = NULL, *more = NULL;
  g_autoptr(GHashTable) s = NULL;

  g_assert_true (dlm_topic_set_param (topic, "labels", "a, b", NULL));
  fewer = dlm_topic_describe (topic);
  g_assert_nonnull (strstr (fewer, "2 names for 6 values"));
  s = summary_of (topic);
  g_assert_cmpstr (g_hash_table_lookup (s, "argmax_label"), ==, "");
  g_assert_true (dlm_topic_set_param (topic, "labels", "a, b, c, d, e, f, g", NULL));
  more = dlm_topic_describe (topic);
  g_assert_nonnull (strstr (more, "extra names are not used"));
  g_clear_pointer (&s, g_hash_table_unref);
  s = summary_of (topic);
  g_assert_cmpstr (g_hash_table_lookup (s, "argmax_label"), ==, "e");
}

/* The function view against np.argmax / np.argmin on the same grid. */
static void
test_function_grid (void)
{
  g_autoptr(DlmTopic) topic = dlm_argmax_topic_new ();
  g_autoptr(GHashTable) s = NULL;
  g_autofree char *description = NULL;
  gsize imax, imin;
  double xmax, xmin;

  dlm_argmax_topic_grid_extrema (&imax, &xmax, &imin, &xmin);
  g_assert_cmpuint (imax, ==, GRID_ARGMAX);
  g_assert_cmpuint (imin, ==, GRID_ARGMIN);
  g_assert_cmpfloat (xmax, ==, GRID_ARGMAX_X);
  g_assert_cmpfloat (xmin, ==, GRID_ARGMIN_X);
  g_assert_cmpfloat (dlm_argmax_topic_bump (xmax), ==, GRID_MAX);
  g_assert_cmpfloat (dlm_argmax_topic_loss (xmin), ==, GRID_MIN);

  g_assert_true (dlm_topic_set_param (topic, "view", "function", NULL));
  s = summary_of (topic);
  g_assert_cmpfloat (number (s, "curve_argmax_x"), ==, GRID_ARGMAX_X);
  g_assert_cmpfloat (number (s, "curve_max"), ==, GRID_MAX);
  g_assert_cmpfloat (number (s, "loss_argmin_x"), ==, GRID_ARGMIN_X);
  g_assert_cmpfloat (number (s, "loss_min"), ==, GRID_MIN);
  description = dlm_topic_describe (topic);
  g_assert_nonnull (strstr (description, "argmax f(x) = -1 is a place on the x axis"));
  g_assert_nonnull (strstr (description, "max f(x) = 3 is a height on the y axis"));
}

/* index is NumPy's, whatever the counting shown; position is the
 * slides'. The values view marks the extremes' ties, the classifier view
 * ranks the classes. */
static void
test_csv_parsed_back (void)
{
  g_autoptr(DlmTopic) topic = dlm_argmax_topic_new ();
  const char *example[] = { "values=0, 0.05, 0.8, 0.1, 0.05",
                            "labels=squirrel, speed-limit sign, stop sign, tomato, car",
                            "index-base=1", NULL };
  const double p[] = { 0, 0.05, 0.8, 0.1, 0.05 };
  const char *names[] = { "squirrel", "speed-limit sign", "stop sign", "tomato", "car" };
  /* np.argsort(-p, kind="stable") + 1 read back per class, and the marks */
  const char *values_tail[] = { "0,1", "0,0", "1,0", "0,0", "0,0" };
  const char *classifier_tail[] = { "5,0", "3,0", "1,1", "2,0", "4,0" };
  g_autofree char *csv = NULL;
  g_auto(GStrv) lines = NULL;

  g_assert_true (dlm_topic_apply (topic, example, NULL));
  for (guint view = 0; view < 2; view++)
    {
      g_free (csv);
      g_strfreev (lines);
      csv = dlm_topic_to_csv (topic);
      lines = g_strsplit (csv, "\n", -1);
      g_assert_cmpstr (lines[0], ==, view == 0 ? "index,position,label,value,is_max,is_min"
                                               : "index,position,label,value,rank,predicted");
      for (guint i = 0; i < G_N_ELEMENTS (p); i++)
        {
          g_auto(GStrv) f = g_strsplit (lines[i + 1], ",", -1);
          g_autofree char *tail = NULL;

          g_assert_cmpuint (g_strv_length (f), ==, 6);
          g_assert_cmpfloat (g_ascii_strtod (f[0], NULL), ==, i);
          g_assert_cmpfloat (g_ascii_strtod (f[1], NULL), ==, i + 1);
          g_assert_cmpstr (f[2], ==, names[i]);
          g_assert_cmpfloat (g_ascii_strtod (f[3], NULL), ==, p[i]);
          tail = g_strjoin (",", f[4], f[5], NULL);
          g_assert_cmpstr (tail, ==, view == 0 ? values_tail[i] : classifier_tail[i]);
        }
      g_assert_cmpstr (lines[6], ==, "");
      g_assert_true (dlm_topic_set_param (topic, "view", "classifier", NULL));
    }
}

/* np.linspace(-2, 5, 7001)[[0, 3000]] -> [-2.0, 1.0]; the curves there:
 * 1 + 2 * np.exp(-(x + 1) ** 2), (x - 2) ** 2 + 1 */
static void
test_function_csv (void)
{
  g_autoptr(DlmTopic) topic = dlm_argmax_topic_new ();
  g_autofree char *csv = NULL;
  g_auto(GStrv) lines = NULL;

  g_assert_true (dlm_topic_set_param (topic, "view", "function", NULL));
  csv = dlm_topic_to_csv (topic);
  lines = g_strsplit (csv, "\n", -1);
  g_assert_cmpstr (lines[0], ==, "index,x,score,loss");
  g_assert_cmpuint (g_strv_length (lines), ==, DLM_ARGMAX_GRID_N + 2);
  g_assert_cmpstr (lines[1], ==, "0,-2,1.7357588823428847,17");
  g_assert_cmpstr (lines[3001], ==, "3000,1,1.0366312777774684,2");
}

/* The classifier view opens on the course's example (the stop sign) on
 * --set view=classifier alone, in the window and on the slides alike;
 * values the user typed are kept. */
static void
test_classifier_example (void)
{
  const char *alone[] = { "view=classifier", NULL };
  const char *typed[] = { "values=0.3, 0.7", "view=classifier", NULL };
  const char *named[] = { "labels=a, b", "view=classifier", NULL };
  g_autoptr(DlmTopic) topic = topic_applied ("argmax", alone);
  g_autoptr(DlmTopic) own = topic_applied ("argmax", typed);
  g_autoptr(DlmTopic) labelled = topic_applied ("argmax", named);
  g_autoptr(GHashTable) s = summary_of (topic);
  g_autofree char *values = dlm_topic_get_param_text (own, "values");
  g_autofree char *kept = dlm_topic_get_param_text (labelled, "values");
  g_autofree char *back = NULL;

  g_assert_cmpstr (g_hash_table_lookup (s, "argmax_label"), ==, "stop sign");
  g_assert_cmpfloat (number (s, "argmax"), ==, CLASSIFIER_ARGMAX);
  g_assert_cmpfloat (number (s, "max"), ==, 0.8);
  g_assert_cmpstr (values, ==, "0.3, 0.7");
  g_assert_cmpstr (kept, ==, "1, -1, 3, 0, 4, 3");
  /* back to the values view: the list of the min/max slide again */
  g_assert_true (dlm_topic_set_param (topic, "view", "values", NULL));
  back = dlm_topic_get_param_text (topic, "values");
  g_assert_cmpstr (back, ==, "1, -1, 3, 0, 4, 3");
  /* the user's own values survive a trip through the classifier view */
  g_assert_true (dlm_topic_set_param (own, "view", "values", NULL));
  g_clear_pointer (&values, g_free);
  values = dlm_topic_get_param_text (own, "values");
  g_assert_cmpstr (values, ==, "0.3, 0.7");
}

/* The slides show the classifier view on the course's example too: the
 * figure of view=classifier alone is the golden figure of the example. */
static void
test_classifier_slide (void)
{
  g_autoptr(DlmTopic) topic = dlm_argmax_topic_new ();
  g_autofree char *description = NULL;
  DlmGolden alone = { "alone", dlm_argmax_topic_get_type, { "view=classifier", NULL }, DLM_THEME_LIGHT };
  DlmGolden example = { "example", dlm_argmax_topic_get_type,
                        { CLASSIFIER_VALUES, CLASSIFIER_LABELS, "view=classifier", NULL }, DLM_THEME_LIGHT };
  cairo_surface_t *a, *b;

  g_assert_true (dlm_topic_set_param (topic, "view", "classifier", NULL));
  description = dlm_topic_describe (topic);
  g_assert_nonnull (strstr (description, "the prediction is stop sign"));
  a = dlm_golden_render (&alone);
  b = dlm_golden_render (&example);
  g_assert_cmpfloat (dlm_golden_difference (a, b), ==, 0);
  cairo_surface_destroy (a);
  cairo_surface_destroy (b);
}

static void
test_bad_input (void)
{
  g_autoptr(DlmTopic) topic = dlm_argmax_topic_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) many = g_string_new (NULL);
  const struct { const char *key, *value, *needle; } bad[] = {
    { "values", "1, two, 3", "two" },
    { "values", "", "empty" },
    { "values", "  ", "empty" },
    { "values", "1, nan", "finite" },
    { "values", "inf, 1", "finite" },
    { "labels", "a, , c", "empty" },
    { "index-base", "2", "too large" },
    { "index-base", "-1", "too small" },
    { "index-base", "0.5", "whole number" },
    { "index-base", "zero", "not a number" },
    { "view", "pie", "values|classifier|function" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *values = NULL, *labels = NULL, *base = NULL, *view = NULL;

      g_assert_false (dlm_topic_set_param (topic, bad[i].key, bad[i].value, &error));
      g_assert_error (error, DLM_ERROR, error->code);
      if (strstr (error->message, bad[i].needle) == NULL || strstr (error->message, bad[i].key) == NULL)
        g_error ("%s=%s: “%s” lacks “%s”", bad[i].key, bad[i].value, error->message, bad[i].needle);
      g_clear_error (&error);
      values = dlm_topic_get_param_text (topic, "values");
      labels = dlm_topic_get_param_text (topic, "labels");
      base = dlm_topic_get_param_text (topic, "index-base");
      view = dlm_topic_get_param_text (topic, "view");
      g_assert_cmpstr (values, ==, "1, -1, 3, 0, 4, 3");
      g_assert_cmpstr (labels, ==, "");
      g_assert_cmpstr (base, ==, "0");
      g_assert_cmpstr (view, ==, "values");
    }

  for (guint i = 0; i < 1001; i++)
    g_string_append (many, "1 ");
  g_assert_false (dlm_topic_set_param (topic, "values", many->str, &error));
  g_assert_error (error, DLM_ERROR, DLM_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "values"));
  g_clear_error (&error);
  g_string_truncate (many, 2 * 1000);
  g_assert_true (dlm_topic_set_param (topic, "values", many->str, NULL));
}

static void
test_words_and_probe (void)
{
  g_autoptr(DlmTopic) topic = dlm_argmax_topic_new ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, GOLDEN_W, GOLDEN_H);
  cairo_t *cr = cairo_create (surface);
  g_autofree char *formula = dlm_topic_get_formula (topic);
  g_autofree char *explanation = dlm_topic_get_explanation (topic);
  DlmProbe probe = { 0 };
  gboolean found = FALSE;
  DlmTheme theme;

  g_assert_nonnull (strstr (formula, "argmax"));
  g_assert_cmpuint (strlen (explanation), >, 80);
  dlm_theme_init (&theme, DLM_THEME_LIGHT, 1);
  dlm_topic_render (topic, cr, &theme, GOLDEN_W, GOLDEN_H);
  g_assert_false (dlm_topic_probe (topic, 1, 1, &probe));
  /* sweep right to left: the last bar is the value 3 at index 5 */
  for (double px = GOLDEN_W - 20; px > 0 && !found; px -= 4)
    found = dlm_topic_probe (topic, px, GOLDEN_H * 0.6, &probe);
  g_assert_true (found);
  g_assert_cmpstr (probe.text, ==, "value 3 at 5 (NumPy, 0-based) / position 6 (1-based)");
  dlm_probe_clear (&probe);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* ---- golden images ----------------------------------------------------- */


/* ---- the figure --------------------------------------------------------- */

/* The box of the one text drawn as @text (the log keeps the text without
 * its markup). */
static DlmRect
text_box (DlmLayoutLog *log,
          const char   *text)
{
  const DlmLayoutItem *found = NULL;

  for (guint i = 0; i < dlm_layout_log_get_n_items (log); i++)
    {
      const DlmLayoutItem *item = dlm_layout_log_get_item (log, i);

      if (item->kind == DLM_LAYOUT_TEXT && g_strcmp0 (item->text, text) == 0)
        {
          g_assert_null (found);
          found = item;
        }
    }
  if (found == NULL)
    g_error ("no “%s” in the figure", text);
  return found->box;
}

/* Whether a text @label is drawn centred on @tag, just below it (@below)
 * or just above it: within two of its own heights. */
static gboolean
label_next_to (DlmLayoutLog *log,
               DlmRect       tag,
               const char   *label,
               gboolean      below)
{
  for (guint i = 0; i < dlm_layout_log_get_n_items (log); i++)
    {
      const DlmLayoutItem *item = dlm_layout_log_get_item (log, i);
      const DlmRect *b = &item->box;
      double gap = below ? b->y - (tag.y + tag.height) : tag.y - (b->y + b->height);

      if (item->kind == DLM_LAYOUT_TEXT && g_strcmp0 (item->text, label) == 0 &&
          fabs ((b->x + b->width / 2) - (tag.x + tag.width / 2)) < 1 &&
          gap >= 0 && gap < 2 * b->height)
        return TRUE;
    }
  return FALSE;
}

/* The argmax and argmin tags stand past their bars' value labels, centred
 * on the bars: not across a bar's edge. */
static void
test_tags_past_the_bars (void)
{
  g_autoptr(DlmTopic) topic = dlm_argmax_topic_new ();
  g_autoptr(DlmLayoutLog) log = NULL;
  DlmTheme theme;

  dlm_theme_init (&theme, DLM_THEME_LIGHT, 1);
  log = figure_log (topic, &theme, 1366, 768, NULL);

  /* 4 stands up: its label above the bar, the tag above the label */
  g_assert_true (label_next_to (log, text_box (log, "argmax"), "4", TRUE));
  /* −1 hangs below the axis: its tag below its label */
  g_assert_true (label_next_to (log, text_box (log, "argmin"), "−1", FALSE));
}

static guint
last_index (GPtrArray  *texts,
            const char *text)
{
  for (guint i = texts->len; i-- > 0;)
    if (g_str_equal (texts->pdata[i], text))
      return i;
  g_error ("no “%s” in the figure", text);
}

/* The classifier's column: the prediction, then the classes ranked with
 * the argmax first; probabilities on the 0 to 1 scale. */
static void
test_classifier_column (void)
{
  g_autoptr(DlmTopic) topic = topic_applied ("argmax", (const char *[]) { CLASSIFIER_VALUES, CLASSIFIER_LABELS,
                                                             "view=classifier", NULL });
  g_autoptr(GPtrArray) texts = figure_texts (topic, DLM_THEME_LIGHT, 1366, 768);

  g_assert_true (texts_contain (texts, "Ranked: the argmax comes first"));
  g_assert_true (texts_contain (texts, "1.0"));
  /* the names come twice, in class order and then ranked: stop sign 0.8,
   * tomato 0.1, speed-limit sign 0.05, car 0.05 (the tie in class order),
   * squirrel 0 */
  g_assert_cmpuint (last_index (texts, "stop sign"), <, last_index (texts, "tomato"));
  g_assert_cmpuint (last_index (texts, "tomato"), <, last_index (texts, "speed-limit sign"));
  g_assert_cmpuint (last_index (texts, "speed-limit sign"), <, last_index (texts, "car"));
  g_assert_cmpuint (last_index (texts, "car"), <, last_index (texts, "squirrel"));
}

/* Every view in every theme at a laptop's and a small window's size. */
static void
test_layout_clean (void)
{
  const char *cases[][4] = {
    { "view=values", NULL },
    { "view=values", "values=2, 7, 1, 7, 1", "index-base=1", NULL },
    { "view=values", "values=-3, -1, -4", NULL },
    { "view=classifier", NULL },
    { "view=classifier", CLASSIFIER_VALUES, CLASSIFIER_LABELS, NULL },
    { "view=function", NULL },
  };
  const int sizes[][2] = { { 1366, 768 }, { 800, 600 } };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    for (DlmThemeKind theme = DLM_THEME_LIGHT; theme <= DLM_THEME_PROJECTOR; theme++)
      for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
        {
          g_autoptr(DlmTopic) topic = topic_applied ("argmax", cases[c]);
          g_autoptr(GPtrArray) problems = figure_problems (topic, theme, sizes[s][0], sizes[s][1]);

          if (problems->len > 0)
            g_error ("%s %s: %s", cases[c][0], cases[c][1] ? cases[c][1] : "",
                     (const char *) problems->pdata[0]);
        }
}

static const DlmGolden goldens[] = {
  { "argmax-values-light", dlm_argmax_topic_get_type, { NULL }, DLM_THEME_LIGHT },
  { "argmax-values-dark", dlm_argmax_topic_get_type,
    { "values=2, 7, 1, 7, 1", "index-base=1", NULL }, DLM_THEME_DARK },
  { "argmax-values-projector", dlm_argmax_topic_get_type, { "index-base=1", NULL }, DLM_THEME_PROJECTOR },
  { "argmax-classifier-light", dlm_argmax_topic_get_type,
    { CLASSIFIER_VALUES, CLASSIFIER_LABELS, "view=classifier", NULL }, DLM_THEME_LIGHT },
  { "argmax-classifier-dark", dlm_argmax_topic_get_type,
    { CLASSIFIER_VALUES, CLASSIFIER_LABELS, "view=classifier", NULL }, DLM_THEME_DARK },
  { "argmax-classifier-projector", dlm_argmax_topic_get_type,
    { CLASSIFIER_VALUES, CLASSIFIER_LABELS, "view=classifier", NULL }, DLM_THEME_PROJECTOR },
  { "argmax-function-light", dlm_argmax_topic_get_type, { "view=function", NULL }, DLM_THEME_LIGHT },
  { "argmax-function-dark", dlm_argmax_topic_get_type, { "view=function", NULL }, DLM_THEME_DARK },
  { "argmax-function-projector", dlm_argmax_topic_get_type, { "view=function", NULL }, DLM_THEME_PROJECTOR },
};

/* Values beyond what an axis can hold with its headroom are refused,
 * naming the value's place and the range; at the limit every view is drawn
 * with nothing clipped or overlapping. */
static void
test_magnitude_limit (void)
{
  assert_magnitude_limit ("argmax", "values", (const char *const[]) { "values", "classifier", "function", NULL });
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/topics/argmax/slides-zero-based", test_slides_zero_based);
  g_test_add_func ("/topics/argmax/slides-one-based", test_slides_one_based);
  g_test_add_func ("/topics/argmax/quiz", test_quiz);
  g_test_add_func ("/topics/argmax/ties", test_ties);
  g_test_add_func ("/topics/argmax/classifier", test_classifier);
  g_test_add_func ("/topics/argmax/label-count-notice", test_label_count_notice);
  g_test_add_func ("/topics/argmax/function-grid", test_function_grid);
  g_test_add_func ("/topics/argmax/csv-parsed-back", test_csv_parsed_back);
  g_test_add_func ("/topics/argmax/function-csv", test_function_csv);
  g_test_add_func ("/topics/argmax/classifier-example", test_classifier_example);
  g_test_add_func ("/topics/argmax/classifier-slide", test_classifier_slide);
  g_test_add_func ("/topics/argmax/bad-input", test_bad_input);
  g_test_add_func ("/topics/argmax/words-and-probe", test_words_and_probe);
  g_test_add_func ("/topics/argmax/tags", test_tags_past_the_bars);
  g_test_add_func ("/topics/argmax/classifier-column", test_classifier_column);
  g_test_add_func ("/topics/argmax/layout", test_layout_clean);
  dlm_golden_add_tests ("/topics/argmax/golden/", goldens, G_N_ELEMENTS (goldens));

  g_test_add_func ("/argmax/magnitude-limit", test_magnitude_limit);

  return g_test_run ();
}
