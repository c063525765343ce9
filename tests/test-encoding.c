/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "dlm-encoding.h"
#include "dlm-encoding-topic.h"
#include "dlm-error.h"
#include "dlm-layout.h"
#include "dlm-parse.h"
#include "golden.h"
#include "topic-test.h"

/* Reference encodings from Debian's NumPy (/usr/bin/python3):
 *   cats = ['History', 'Scifi', 'Kids']; v = ['Scifi', 'Kids', 'History']
 *   np.eye(3, dtype=int)[[cats.index(x) for x in v]].tolist()
 *   -> [[0, 1, 0], [0, 0, 1], [1, 0, 0]]        (the course's one-hot table)
 *   (np.array(['Pass', 'Pass', 'Fail']) == 'Pass').astype(int).tolist()
 *   -> [1, 1, 0]                                 (the course's dummy coding)
 *   np.unique(v, return_inverse=True)[1].tolist() -> [2, 1, 0]  (A–Z labels) */
static const double course_onehot[3][3] = { { 0, 1, 0 }, { 0, 0, 1 }, { 1, 0, 0 } };
static const double course_dummy[3] = { 1, 1, 0 };
static const double sorted_labels[3] = { 2, 1, 0 };

static DlmTopic *
new_topic (const char *const *assignments)
{
  DlmTopic *topic = dlm_encoding_topic_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (dlm_topic_apply (topic, assignments, &error));
  g_assert_no_error (error);
  return topic;
}

static void
assert_column (const gsl_matrix *m,
               const double     *expected,
               guint             n)
{
  g_assert_cmpuint (m->size1, ==, n);
  g_assert_cmpuint (m->size2, ==, 1);
  for (guint i = 0; i < n; i++)
    g_assert_cmpfloat (gsl_matrix_get (m, i, 0), ==, expected[i]);
}

/* ---- core ------------------------------------------------------------- */

static void
test_core_orders (void)
{
  const char *values[] = { "Scifi", "Kids", "Scifi", "History", "Kids", NULL };
  g_auto(GStrv) in_order = dlm_encoding_categories_in_order (values);
  g_auto(GStrv) sorted = dlm_encoding_categories_sorted (values);
  const char *expected_order[] = { "Scifi", "Kids", "History", NULL };
  const char *expected_sorted[] = { "History", "Kids", "Scifi", NULL };

  g_assert_cmpstrv (in_order, expected_order);
  g_assert_cmpstrv (sorted, expected_sorted);
}

static void
test_core_course_examples (void)
{
  const char *movies[] = { "Scifi", "Kids", "History", NULL };
  const char *columns[] = { "History", "Scifi", "Kids", NULL };
  const char *exam[] = { "Pass", "Pass", "Fail", NULL };
  const char *outcomes[] = { "Fail", "Pass", NULL };
  g_autoptr(gsl_matrix) y = dlm_encoding_encode (movies, columns, DLM_ENCODING_ONEHOT, NULL);
  g_autoptr(gsl_matrix) d = dlm_encoding_encode (exam, outcomes, DLM_ENCODING_DUMMY, NULL);

  g_assert_nonnull (y);
  g_assert_cmpuint (y->size1, ==, 3);
  g_assert_cmpuint (y->size2, ==, 3);
  for (guint i = 0; i < 3; i++)
    for (guint j = 0; j < 3; j++)
      g_assert_cmpfloat (gsl_matrix_get (y, i, j), ==, course_onehot[i][j]);
  assert_column (d, course_dummy, 3);
}

static void
test_core_refusals (void)
{
  const char *values[] = { "a", "b", "c", NULL };
  const char *two[] = { "a", "b", NULL };
  const char *twice[] = { "a", "b", "a", NULL };
  g_autoptr(GError) error = NULL;

  g_assert_null (dlm_encoding_encode (values, two, DLM_ENCODING_ONEHOT, &error));
  g_assert_error (error, DLM_ERROR, DLM_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "values"));
  g_assert_nonnull (strstr (error->message, "“c”"));
  g_clear_error (&error);
  g_assert_null (dlm_encoding_encode (values, values, DLM_ENCODING_DUMMY, &error));
  g_assert_nonnull (strstr (error->message, "scheme"));
  g_assert_nonnull (strstr (error->message, "not 3"));
  g_clear_error (&error);
  g_assert_false (dlm_encoding_check_categories (twice, &error));
  g_assert_nonnull (strstr (error->message, "categories"));
  g_assert_nonnull (strstr (error->message, "“a”"));
}

/* ---- topic ------------------------------------------------------------- */

static void
test_defaults_reproduce_course (void)
{
  g_autoptr(DlmTopic) topic = dlm_encoding_topic_new ();
  g_autofree char *csv = dlm_topic_to_csv (topic);
  g_autofree char *summary = dlm_topic_to_summary (topic);
  g_autofree char *values = dlm_topic_get_param_text (topic, "values");
  g_autofree char *categories = dlm_topic_get_param_text (topic, "categories");
  g_autofree char *scheme = dlm_topic_get_param_text (topic, "scheme");

  g_assert_cmpstr (values, ==, "Scifi, Kids, History");
  g_assert_cmpstr (categories, ==, "History, Scifi, Kids");
  g_assert_cmpstr (scheme, ==, "onehot");
  g_assert_cmpstr (csv, ==, "index,History,Scifi,Kids\n0,0,1,0\n1,0,0,1\n2,1,0,0\n");
  g_assert_nonnull (strstr (summary, "categories=3\n"));
  g_assert_nonnull (strstr (summary, "scheme=onehot\n"));
  /* the column sums, and two one-hot rows √2 apart */
  g_assert_nonnull (strstr (summary, "columns=3\ncategory_counts=1, 1, 1\n"
                                     "category_distance=1.4142135623730951\n"));
}

static void
test_dummy_course_example (void)
{
  g_autoptr(DlmTopic) topic = new_topic ((const char *[]) {
    "values=Pass, Pass, Fail", "categories=Fail, Pass", "scheme=dummy", NULL });
  g_autofree char *csv = dlm_topic_to_csv (topic);
  g_autofree char *formula = dlm_topic_get_formula (topic);
  g_autofree char *summary = dlm_topic_to_summary (topic);

  assert_column (dlm_encoding_topic_get_matrix (DLM_ENCODING_TOPIC (topic)), course_dummy, 3);
  g_assert_cmpstr (csv, ==, "index,Pass\n0,1\n1,1\n2,0\n");
  g_assert_nonnull (strstr (formula, "Pass"));
  g_assert_nonnull (strstr (summary, "categories=2\nscheme=dummy\n"));
  g_assert_nonnull (strstr (summary, "columns=1\nreference=Fail\nindicator=Pass\nindicator_count=2\n"));
}

static void
test_empty_categories_sort (void)
{
  g_autoptr(DlmTopic) topic = new_topic ((const char *[]) {
    "categories=", "scheme=label", NULL });
  const char *expected[] = { "History", "Kids", "Scifi", NULL };
  g_autofree char *csv = dlm_topic_to_csv (topic);

  g_assert_cmpstrv (dlm_encoding_topic_get_categories (DLM_ENCODING_TOPIC (topic)), expected);
  assert_column (dlm_encoding_topic_get_matrix (DLM_ENCODING_TOPIC (topic)), sorted_labels, 3);
  g_assert_cmpstr (csv, ==, "index,label\n0,2\n1,1\n2,0\n");
  {
    g_autofree char *text = dlm_topic_describe (topic);

    g_assert_nonnull (strstr (text, "sorted A–Z"));
  }
  /* pass/fail with no order typed: A–Z codes Pass as 1, as the course does */
  g_assert_true (dlm_topic_apply (topic, (const char *[]) {
    "values=Pass, Pass, Fail", "scheme=dummy", NULL }, NULL));
  assert_column (dlm_encoding_topic_get_matrix (DLM_ENCODING_TOPIC (topic)), course_dummy, 3);
}

static void
test_order_changes_columns (void)
{
  g_autoptr(DlmTopic) topic = new_topic ((const char *[]) {
    "categories=Kids, History, Scifi, Drama", NULL });
  g_autofree char *csv = dlm_topic_to_csv (topic);

  /* an unused category is a column of zeros */
  g_assert_cmpstr (csv, ==, "index,Kids,History,Scifi,Drama\n0,0,0,1,0\n1,1,0,0,0\n2,0,1,0,0\n");
}

static char *
many_labels (guint n,
             guint distinct)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (s, "%sc%u", i ? ", " : "", i % distinct);
  return g_string_free (s, FALSE);
}

typedef struct {
  const char *assignment;
  const char *field;
  const char *detail;
} BadCase;

static void
test_bad_input (void)
{
  g_autofree char *too_many = many_labels (DLM_ENCODING_MAX_VALUES + 1, 3);
  g_autofree char *too_many_values = g_strconcat ("values=", too_many, NULL);
  g_autofree char *wide = many_labels (DLM_ENCODING_MAX_CATEGORIES + 1, 100);
  g_autofree char *too_many_categories = g_strconcat ("categories=", wide, NULL);
  g_autofree char *distinct = many_labels (60, 60);
  g_autofree char *too_many_distinct = g_strconcat ("values=", distinct, NULL);
  const BadCase bad[] = {
    { "values=", "values", "empty" },
    { "values=   ", "values", "empty" },
    { "values=Scifi, , Kids", "values", "label 2 is empty" },
    { too_many_values, "values", "201" },
    { "values=Scifi, Drama", "values", "“Drama”" },
    { "values=scifi", "values", "“scifi”" },
    { "categories=History, Scifi, History", "categories", "“History”" },
    { "categories=History,, Kids", "categories", "empty" },
    { too_many_categories, "categories", "51" },
    { "categories=History, Scifi", "values", "“Kids”" },
    { "scheme=dummy", "scheme", "not 3" },
    { "scheme=ordinal", "scheme", "dummy" },
  };
  g_autoptr(DlmTopic) topic = dlm_encoding_topic_new ();
  g_autofree char *before = dlm_topic_to_csv (topic);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      const char *assignments[] = { bad[i].assignment, NULL };
      g_autoptr(GError) error = NULL;
      g_autofree char *after = NULL;

      g_assert_false (dlm_topic_apply (topic, assignments, &error));
      g_assert_nonnull (error);
      g_test_message ("%s → %s", bad[i].assignment, error->message);
      g_assert_nonnull (strstr (error->message, bad[i].field));
      g_assert_nonnull (strstr (error->message, bad[i].detail));
      after = dlm_topic_to_csv (topic);
      g_assert_cmpstr (after, ==, before);
    }

  /* more than 50 different labels with no order typed */
  {
    const char *assignments[] = { "categories=", too_many_distinct, NULL };
    g_autoptr(GError) error = NULL;
    g_autofree char *after = NULL;

    g_assert_false (dlm_topic_apply (topic, assignments, &error));
    g_assert_nonnull (strstr (error->message, "values: 60 different labels"));
    after = dlm_topic_to_csv (topic);
    g_assert_cmpstr (after, ==, before);
  }
}

static void
test_words_and_probe (void)
{
  g_autoptr(DlmTopic) topic = dlm_encoding_topic_new ();
  g_autofree char *text = dlm_topic_describe (topic);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1280, 720);
  cairo_t *cr = cairo_create (surface);
  DlmTheme theme;
  DlmProbe probe = { 0 };
  gboolean found = FALSE;

  g_assert_nonnull (strstr (text, "Scifi → 0, 1, 0"));
  g_assert_nonnull (strstr (text, "History → 1, 0, 0"));
  dlm_theme_init (&theme, DLM_THEME_LIGHT, 1.0);
  dlm_topic_render (topic, cr, &theme, 1280, 720);
  for (double x = 0; x < 768 && !found; x += 4)
    for (double y = 0; y < 720 && !found; y += 4)
      if (dlm_topic_probe (topic, x, y, &probe) && strstr (probe.text, "column Scifi: 1"))
        found = TRUE;
      else
        dlm_probe_clear (&probe);
  g_assert_true (found);
  g_assert_nonnull (strstr (probe.text, "Observation 1 (Scifi)"));
  dlm_probe_clear (&probe);
  g_assert_false (dlm_topic_probe (topic, 2, 2, &probe));
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* Each scheme's words and summary are built from the data: the codes, the
 * counts and the card's reading of them. */
static void
test_words_per_scheme (void)
{
  g_autoptr(DlmTopic) label = new_topic ((const char *[]) {
    "values=Scifi, Kids, History, Kids", "scheme=label", NULL });
  g_autoptr(DlmTopic) dummy = new_topic ((const char *[]) {
    "values=Pass, Pass, Fail", "categories=Fail, Pass", "scheme=dummy", NULL });
  g_autoptr(DlmTopic) onehot = new_topic ((const char *[]) {
    "values=Scifi, Kids, History, Kids", NULL });
  g_autofree char *label_text = dlm_topic_describe (label);
  g_autofree char *label_summary = dlm_topic_to_summary (label);
  g_autofree char *label_formula = dlm_topic_get_formula (label);
  g_autofree char *dummy_text = dlm_topic_describe (dummy);
  g_autofree char *dummy_explanation = dlm_topic_get_explanation (dummy);
  g_autofree char *onehot_text = dlm_topic_describe (onehot);
  g_autofree char *onehot_formula = dlm_topic_get_formula (onehot);
  g_autofree char *onehot_explanation = dlm_topic_get_explanation (onehot);
  g_autofree char *onehot_summary = dlm_topic_to_summary (onehot);

  g_assert_nonnull (strstr (label_text, "numbered 0 to 2"));
  g_assert_nonnull (strstr (label_text, "History < Scifi < Kids, and Kids (2) counts as twice Scifi (1)"));
  g_assert_nonnull (strstr (label_summary, "codes=History=0, Scifi=1, Kids=2\nmax_code=2\n"));
  g_assert_nonnull (strstr (label_formula, "k = 0, 1, …, 2"));
  g_assert_nonnull (strstr (dummy_text, "2 of the 3 observations are coded 1"));
  g_assert_nonnull (strstr (dummy_explanation, "1 for Pass, 0 for Fail"));
  g_assert_nonnull (strstr (onehot_text, "The column sums, 1, 1, 2, count each category"));
  g_assert_nonnull (strstr (onehot_formula, "Y: 4 × 3"));
  g_assert_nonnull (strstr (onehot_explanation, "these 4 observations of 3 categories become a 4 × 3 matrix"));
  g_assert_nonnull (strstr (onehot_summary, "category_counts=1, 1, 2\n"));
  /* a key of one scheme is not written by another */
  g_assert_null (strstr (onehot_summary, "codes="));
  g_assert_null (strstr (label_summary, "category_counts="));
}

static void
test_many_rows_render (void)
{
  g_autofree char *values = many_labels (DLM_ENCODING_MAX_VALUES, 50);
  g_autofree char *assignment = g_strconcat ("values=", values, NULL);
  g_autoptr(DlmTopic) topic = new_topic ((const char *[]) { assignment, "categories=", NULL });
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 800, 450);
  cairo_t *cr = cairo_create (surface);
  DlmTheme theme;
  g_autofree char *summary = dlm_topic_to_summary (topic);

  g_assert_nonnull (strstr (summary, "n=200\ncategories=50\n"));
  dlm_theme_init (&theme, DLM_THEME_DARK, 1.0);
  dlm_topic_render (topic, cr, &theme, 800, 450);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* ---- golden images ----------------------------------------------------- */

/* ---- the figure ------------------------------------------------------------ */

static DlmLayoutLog *
render_logged (DlmTopic       *topic,
               const DlmTheme *theme,
               int             width,
               int             height)
{
  return figure_log (topic, theme, width, height, NULL);
}

static char *
many_names (guint n)
{
  GString *names = g_string_new ("values=");

  for (guint i = 0; i < n; i++)
    g_string_append_printf (names, "%sCategory number %u", i ? ", " : "", i);
  return g_string_free (names, FALSE);
}

/* No text runs into other text or leaves its panel, and all of it reads
 * (contrast, no series colour for names), in every scheme and theme,
 * with 3, 10 and 50 categories. */
static void
test_figure_clean (void)
{
  const char *schemes[] = { "scheme=onehot", "scheme=label" };
  const guint counts[] = { 3, 10, 50 };

  for (guint k = DLM_THEME_LIGHT; k <= DLM_THEME_PROJECTOR; k++)
    for (guint c = 0; c < G_N_ELEMENTS (counts); c++)
      for (guint sc = 0; sc < G_N_ELEMENTS (schemes); sc++)
        {
          g_autoptr(DlmTopic) topic = dlm_encoding_topic_new ();
          g_autofree char *values = many_names (counts[c]);
          g_autoptr(DlmLayoutLog) log = NULL;
          g_autoptr(GPtrArray) problems = NULL;
          DlmTheme theme;

          if (counts[c] != 3)
            g_assert_true (dlm_topic_apply (topic, (const char *[]) { values, "categories=", NULL }, NULL));
          g_assert_true (dlm_topic_set_param (topic, "scheme", schemes[sc] + strlen ("scheme="), NULL));
          dlm_theme_init (&theme, k, 1);
          log = render_logged (topic, &theme, GOLDEN_W, GOLDEN_H);
          problems = dlm_layout_log_check (log);
          if (problems != NULL && problems->len > 0)
            g_error ("%s, %u categories, theme %u: %s", schemes[sc], counts[c], k,
                     (char *) problems->pdata[0]);
        }
}

/* The three √2 of the one-hot triangle lie in the open, not under (or
 * on) a category's box. */
static void
test_distances_in_the_open (void)
{
  for (guint k = DLM_THEME_LIGHT; k <= DLM_THEME_PROJECTOR; k++)
    {
      g_autoptr(DlmTopic) topic = dlm_encoding_topic_new ();
      g_autoptr(DlmLayoutLog) log = NULL;
      DlmTheme theme;
      guint found = 0;

      /* a laptop's figure, where the triangle has room */
      dlm_theme_init (&theme, k, dlm_theme_auto_scale (1366, 768));
      log = render_logged (topic, &theme, 1366, 768);
      for (guint i = 0; i < dlm_layout_log_get_n_items (log); i++)
        {
          const DlmLayoutItem *item = dlm_layout_log_get_item (log, i);

          if (item->kind != DLM_LAYOUT_TEXT || g_strcmp0 (item->text, "√2") != 0)
            continue;
          found++;
          g_assert_cmpfloat_with_epsilon (item->backdrop.red, theme.background.red, 0.02);
          g_assert_cmpfloat_with_epsilon (item->backdrop.green, theme.background.green, 0.02);
          g_assert_cmpfloat_with_epsilon (item->backdrop.blue, theme.background.blue, 0.02);
        }
      g_assert_cmpuint (found, ==, 3);
    }
}

static const DlmGolden goldens[] = {
  { "encoding-onehot-light", dlm_encoding_topic_get_type, { NULL }, DLM_THEME_LIGHT },
  { "encoding-onehot-dark", dlm_encoding_topic_get_type, { NULL }, DLM_THEME_DARK },
  { "encoding-onehot-projector", dlm_encoding_topic_get_type, { NULL }, DLM_THEME_PROJECTOR },
  { "encoding-dummy-light", dlm_encoding_topic_get_type,
    { "values=Pass, Pass, Fail", "categories=Fail, Pass", "scheme=dummy", NULL }, DLM_THEME_LIGHT },
  { "encoding-dummy-dark", dlm_encoding_topic_get_type,
    { "values=Pass, Pass, Fail", "categories=Fail, Pass", "scheme=dummy", NULL }, DLM_THEME_DARK },
  { "encoding-dummy-projector", dlm_encoding_topic_get_type,
    { "values=Pass, Pass, Fail", "categories=Fail, Pass", "scheme=dummy", NULL }, DLM_THEME_PROJECTOR },
  { "encoding-label-light", dlm_encoding_topic_get_type,
    { "categories=History, Kids, Scifi", "scheme=label", NULL }, DLM_THEME_LIGHT },
  { "encoding-label-dark", dlm_encoding_topic_get_type,
    { "categories=History, Kids, Scifi", "scheme=label", NULL }, DLM_THEME_DARK },
  { "encoding-label-projector", dlm_encoding_topic_get_type,
    { "categories=History, Kids, Scifi", "scheme=label", NULL }, DLM_THEME_PROJECTOR },
};

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/topics/encoding/core/orders", test_core_orders);
  g_test_add_func ("/topics/encoding/core/course-examples", test_core_course_examples);
  g_test_add_func ("/topics/encoding/core/refusals", test_core_refusals);
  g_test_add_func ("/topics/encoding/defaults", test_defaults_reproduce_course);
  g_test_add_func ("/topics/encoding/dummy", test_dummy_course_example);
  g_test_add_func ("/topics/encoding/empty-categories", test_empty_categories_sort);
  g_test_add_func ("/topics/encoding/order", test_order_changes_columns);
  g_test_add_func ("/topics/encoding/bad-input", test_bad_input);
  g_test_add_func ("/topics/encoding/words-and-probe", test_words_and_probe);
  g_test_add_func ("/topics/encoding/words-per-scheme", test_words_per_scheme);
  g_test_add_func ("/topics/encoding/many-rows", test_many_rows_render);
  g_test_add_func ("/topics/encoding/figure-clean", test_figure_clean);
  g_test_add_func ("/topics/encoding/distances-in-the-open", test_distances_in_the_open);
  dlm_golden_add_tests ("/topics/encoding/golden/", goldens, G_N_ELEMENTS (goldens));

  return g_test_run ();
}
