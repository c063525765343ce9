/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>

#include "dlm-error.h"
#include "dlm-explog-topic.h"
#include "dlm-seeding-topic.h"
#include "dlm-softmax-topic.h"

/* ---- parameters and bad input ------------------------------------------ */

static void
test_softmax_defaults (void)
{
  g_autoptr(DlmTopic) topic = dlm_softmax_topic_new ();
  g_autofree char *summary = dlm_topic_to_summary (topic);
  g_autofree char *csv = dlm_topic_to_csv (topic);
  g_autofree char *logits = dlm_topic_get_param_text (topic, "logits");

  g_assert_cmpstr (dlm_topic_get_id (topic), ==, "softmax");
  g_assert_cmpstr (logits, ==, "1, 2, 3");
  /* sm([1,2,3]) with the helper in test-core.c; %.17g of 0.6652409557748218 */
  g_assert_nonnull (strstr (summary, "argmax=2\n"));
  g_assert_nonnull (strstr (summary, "argmax_label=z3\n"));
  g_assert_nonnull (strstr (summary, "max_probability=0.66524095577482"));
  g_assert_nonnull (strstr (summary, "sum=1\n") ? summary : strstr (summary, "sum=0.99999999999999"));
  g_assert_true (g_str_has_prefix (csv, "index,label,logit,exp,probability\n0,z1,1,2.718281828459045"));
}

static void
test_softmax_bad_input (void)
{
  g_autoptr(DlmTopic) topic = dlm_softmax_topic_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) huge = g_string_new (NULL);
  const struct { const char *key, *value, *needle; } bad[] = {
    { "logits", "1,abc", "abc" },
    { "logits", "", "empty" },
    { "logits", "1, nan", "finite" },
    { "temperature", "0", "temperature" },
    { "temperature", "hot", "not a number" },
    { "temperature", "-1", "too small" },
    { "view", "pie", "bars|classifier|stability" },
    { "labels", "a,,b", "label 2" },
    { "colour", "red", "not a parameter" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *logits = NULL, *t = NULL;

      g_assert_false (dlm_topic_set_param (topic, bad[i].key, bad[i].value, &error));
      g_assert_error (error, DLM_ERROR, error->code);
      g_assert_nonnull (strstr (error->message, bad[i].needle));
      if (strcmp (bad[i].key, "colour") != 0)
        g_assert_nonnull (strstr (error->message, bad[i].key));
      g_clear_error (&error);
      /* the last good state is kept */
      logits = dlm_topic_get_param_text (topic, "logits");
      t = dlm_topic_get_param_text (topic, "temperature");
      g_assert_cmpstr (logits, ==, "1, 2, 3");
      g_assert_cmpstr (t, ==, "1");
    }

  for (guint i = 0; i < 1000000; i++)
    g_string_append (huge, "0.5 ");
  g_assert_false (dlm_topic_set_param (topic, "logits", huge->str, &error));
  g_assert_error (error, DLM_ERROR, DLM_ERROR_TOO_LARGE);
}

static void
count_changes (guint *changes)
{
  (*changes)++;
}

static void
test_softmax_apply_atomic (void)
{
  g_autoptr(DlmTopic) topic = dlm_softmax_topic_new ();
  g_autoptr(GError) error = NULL;
  const char *mixed[] = { "logits=5, 4, 2", "temperature=0", NULL };
  const char *good[] = { "logits=1000, 1001, 1002", "labels=cat, dog, horse", "temperature=2", NULL };
  g_autofree char *logits = NULL;
  g_autofree char *summary = NULL;
  guint changes = 0;

  g_assert_false (dlm_topic_apply (topic, mixed, &error));
  g_assert_nonnull (strstr (error->message, "temperature"));
  logits = dlm_topic_get_param_text (topic, "logits");
  g_assert_cmpstr (logits, ==, "1, 2, 3");

  g_signal_connect_swapped (topic, "changed", G_CALLBACK (count_changes), &changes);
  g_assert_true (dlm_topic_apply (topic, good, NULL));
  /* three parameters changed, one redraw */
  g_assert_cmpuint (changes, ==, 1);
  summary = dlm_topic_to_summary (topic);
  /* sm([1000,1001,1002], 2.0) == sm([1,2,3], 2.0)[2] = 0.506480391055654 */
  g_assert_nonnull (strstr (summary, "argmax_label=horse\n"));
  g_assert_nonnull (strstr (summary, "max_probability=0.50648039105565"));
  /* scipy.special.logsumexp(np.array([1000., 1001., 1002.]) / 2) */
  g_assert_nonnull (strstr (summary, "logsumexp=501.68026967064174"));
}

static void
test_softmax_words (void)
{
  g_autoptr(DlmTopic) topic = dlm_softmax_topic_new ();
  g_autofree char *description = dlm_topic_describe (topic);
  g_autofree char *formula = dlm_topic_get_formula (topic);
  g_autofree char *explanation = dlm_topic_get_explanation (topic);
  g_autofree char *after = NULL;

  g_assert_nonnull (strstr (description, "z3 is largest with probability 0.67"));
  g_assert_nonnull (strstr (formula, "σ(z)"));
  g_assert_cmpuint (strlen (explanation), >, 80);
  g_assert_true (dlm_topic_set_param (topic, "logits", "4, 2, 8", NULL));
  after = dlm_topic_describe (topic);
  g_assert_nonnull (strstr (after, "z3 is largest with probability 0.98"));
  g_assert_null (strstr (after, "names for"));
  g_free (after);

  /* labels that do not match the logits are not an error, and are told */
  g_assert_true (dlm_topic_set_param (topic, "labels", "cat, dog", NULL));
  after = dlm_topic_describe (topic);
  g_assert_nonnull (strstr (after, "2 names for 3 logits: the others are called z3"));
  g_free (after);
  g_assert_true (dlm_topic_set_param (topic, "labels", "a, b, c, d", NULL));
  after = dlm_topic_describe (topic);
  g_assert_nonnull (strstr (after, "the extra names are not used"));
}

static void
test_list_params (void)
{
  g_autoptr(DlmTopic) topic = dlm_explog_topic_new ();
  g_autoptr(GPtrArray) params = dlm_topic_list_params (topic);
  const char *names[] = { "view", "base", "xmin", "xmax", "p", "n" };

  g_assert_cmpuint (params->len, ==, G_N_ELEMENTS (names));
  for (guint i = 0; i < params->len; i++)
    {
      DlmParamInfo *info = g_ptr_array_index (params, i);
      g_assert_cmpstr (info->name, ==, names[i]);
    }
  g_assert_cmpstr (((DlmParamInfo *) g_ptr_array_index (params, 1))->accepted, ==, "e|2|10");
  g_assert_cmpstr (((DlmParamInfo *) g_ptr_array_index (params, 5))->accepted, ==, "1 to 100000");
  g_assert_cmpstr (((DlmParamInfo *) g_ptr_array_index (params, 4))->default_value, ==, "0.01");
}

static void
test_explog_bad_input (void)
{
  g_autoptr(DlmTopic) topic = dlm_explog_topic_new ();
  g_autoptr(GError) error = NULL;
  const char *swapped[] = { "xmin=5", "xmax=1", NULL };
  const char *widened[] = { "xmin=5", "xmax=10", NULL };
  g_autofree char *xmin = NULL;

  g_assert_false (dlm_topic_set_param (topic, "p", "0", &error));
  g_assert_nonnull (strstr (error->message, "p:"));
  g_clear_error (&error);
  g_assert_false (dlm_topic_set_param (topic, "p", "1.5", &error));
  g_clear_error (&error);
  g_assert_true (dlm_topic_set_param (topic, "p", "1", NULL));
  g_assert_false (dlm_topic_set_param (topic, "n", "2.5", &error));
  g_assert_nonnull (strstr (error->message, "whole number"));
  g_clear_error (&error);
  g_assert_false (dlm_topic_set_param (topic, "base", "3", &error));
  g_clear_error (&error);

  g_assert_false (dlm_topic_apply (topic, swapped, &error));
  g_assert_nonnull (strstr (error->message, "xmin"));
  xmin = dlm_topic_get_param_text (topic, "xmin");
  g_assert_cmpstr (xmin, ==, "-3");
  /* order does not matter when the result is valid */
  g_assert_true (dlm_topic_apply (topic, widened, NULL));
}

static void
test_explog_outputs (void)
{
  g_autoptr(DlmTopic) topic = dlm_explog_topic_new ();
  g_autofree char *csv = dlm_topic_to_csv (topic);
  g_auto(GStrv) lines = g_strsplit (csv, "\n", -1);
  g_autofree char *summary = NULL;

  /* the curves' samples; the products are the precision view's */
  g_assert_true (dlm_topic_set_param (topic, "view", "precision", NULL));
  summary = dlm_topic_to_summary (topic);
  /* np.prod(np.full(200, 0.01)) == 0.0; float(np.sum(np.log(np.full(200, 0.01)))) */
  g_assert_nonnull (strstr (summary, "product=0\n"));
  g_assert_nonnull (strstr (summary, "log_sum=-921.03403719761"));
  g_assert_nonnull (strstr (summary, "underflow_at=162\n"));
  g_assert_cmpstr (lines[0], ==, "index,x,exp,log");
  g_assert_cmpstr (lines[1], ==, "0,-3,0.049787068367863944,nan");
  g_assert_cmpstr (lines[51], ==, "50,0,1,-inf");
  g_assert_cmpstr (lines[101], ==, "100,3,20.085536923187668,1.0986122886681098");
}

static void
test_explog_base10 (void)
{
  g_autoptr(DlmTopic) topic = dlm_explog_topic_new ();
  g_autofree char *summary = NULL;

  g_assert_true (dlm_topic_set_param (topic, "base", "10", NULL));
  g_assert_true (dlm_topic_set_param (topic, "view", "precision", NULL));
  summary = dlm_topic_to_summary (topic);
  /* 200 * log10(0.01) = -400 */
  g_assert_nonnull (strstr (summary, "log_sum=-400"));
}

#define PROBE_W 800
#define PROBE_H 450

static void
test_probe (void)
{
  g_autoptr(DlmTopic) topic = dlm_softmax_topic_new ();
  cairo_surface_t *surface;
  DlmProbe probe = { 0 };
  gboolean found = FALSE;

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, PROBE_W, PROBE_H);
  {
    cairo_t *cr = cairo_create (surface);
    DlmTheme theme;
    dlm_theme_init (&theme, DLM_THEME_LIGHT, 1);
    dlm_topic_render (topic, cr, &theme, PROBE_W, PROBE_H);
    cairo_destroy (cr);
  }
  /* sweep across the right-hand panel near its bottom (above the key to
   * the outline) until a bar answers */
  for (double x = PROBE_W * 0.7; x < PROBE_W && !found; x += 4)
    if (dlm_topic_probe (topic, x, PROBE_H * 0.75, &probe))
      found = strstr (probe.text, "probability") != NULL;
  g_assert_true (found);
  dlm_probe_clear (&probe);
  g_assert_false (dlm_topic_probe (topic, 1, 1, &probe));
  cairo_surface_destroy (surface);
}

static void
test_seeding_outputs (void)
{
  g_autoptr(DlmTopic) topic = dlm_seeding_topic_new ();
  g_autofree char *summary = NULL, *csv = NULL, *csv2 = NULL, *description = NULL;
  g_autofree char *snippet = NULL;
  guint changes = 0;

  dlm_topic_set_seed (topic, 42);
  summary = dlm_topic_to_summary (topic);
  /* np.random.seed(42); np.random.rand(1)[0] = 0.3745401188473625;
   * np.random.seed(43); np.random.rand(1)[0] = 0.11505456638977896 */
  g_assert_cmpstr (summary, ==, "convention=numpy\nseed=42\ncount=10\nfirst=0.37454011884736249\n"
                   "other_seed=43\nother_first=0.11505456638977896\n");
  csv = dlm_topic_to_csv (topic);
  g_assert_true (g_str_has_prefix (csv, "index,i,value,again,other_seed\n"
                                   "0,0,0.37454011884736249,0.37454011884736249,0.11505456638977896\n"));
  description = dlm_topic_describe (topic);
  g_assert_nonnull (strstr (description, "Seed 42 gives 0.3745, 0.9507, 0.7320, 0.5987"));
  snippet = dlm_seeding_topic_get_snippet (DLM_SEEDING_TOPIC (topic));
  g_assert_cmpstr (snippet, ==, "import numpy as np\nnp.random.seed(42)\nnp.random.rand(10)");

  /* the global seed is a parameter like any other: a change redraws */
  g_signal_connect_swapped (topic, "changed", G_CALLBACK (count_changes), &changes);
  dlm_topic_set_seed (topic, 43);
  g_assert_cmpuint (changes, ==, 1);
  csv2 = dlm_topic_to_csv (topic);
  g_assert_cmpstr (csv, !=, csv2);
}

static void
test_seeding_bad_input (void)
{
  g_autoptr(DlmTopic) topic = dlm_seeding_topic_new ();
  g_autoptr(GError) error = NULL;
  const char *torch_normal[] = { "convention=torch", "distribution=normal", NULL };
  const char *empty_range[] = { "distribution=integers", "low=5", "high=5", NULL };
  const struct { const char *key, *value, *needle; } bad[] = {
    { "convention", "matlab", "numpy|torch|python|gsl" },
    { "distribution", "beta", "uniform|normal|integers" },
    { "count", "0", "1 to 1000000" },
    { "count", "1000001", "1 to 1000000" },
    { "count", "ten", "not a number" },
    { "low", "1.5", "whole number" },
  };
  g_autofree char *convention = NULL, *distribution = NULL, *low = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_assert_false (dlm_topic_set_param (topic, bad[i].key, bad[i].value, &error));
      g_assert_nonnull (strstr (error->message, bad[i].key));
      g_assert_nonnull (strstr (error->message, bad[i].needle));
      g_clear_error (&error);
    }
  g_assert_false (dlm_topic_apply (topic, torch_normal, &error));
  g_assert_nonnull (strstr (error->message, "torch"));
  g_clear_error (&error);
  g_assert_false (dlm_topic_apply (topic, empty_range, &error));
  g_assert_nonnull (strstr (error->message, "low"));

  convention = dlm_topic_get_param_text (topic, "convention");
  distribution = dlm_topic_get_param_text (topic, "distribution");
  low = dlm_topic_get_param_text (topic, "low");
  g_assert_cmpstr (convention, ==, "numpy");
  g_assert_cmpstr (distribution, ==, "uniform");
  g_assert_cmpstr (low, ==, "0");
}

/* The base class's field store used by the subclasses' set_property:
 * a double, or an int, boolean or enum kept in an int; TRUE only on a
 * change. */
static void
test_store_value (void)
{
  g_autoptr(DlmTopic) topic = g_object_new (DLM_TYPE_SOFTMAX_TOPIC, NULL);
  g_auto(GValue) value = G_VALUE_INIT;
  double d = 1.5;
  int i = 3;

  g_value_init (&value, G_TYPE_DOUBLE);
  g_value_set_double (&value, 1.5);
  g_assert_false (dlm_topic_store_value (topic, &d, &value));
  g_value_set_double (&value, -2.25);
  g_assert_true (dlm_topic_store_value (topic, &d, &value));
  g_assert_cmpfloat (d, ==, -2.25);
  g_value_unset (&value);

  g_value_init (&value, G_TYPE_INT);
  g_value_set_int (&value, 3);
  g_assert_false (dlm_topic_store_value (topic, &i, &value));
  g_value_set_int (&value, 7);
  g_assert_true (dlm_topic_store_value (topic, &i, &value));
  g_assert_cmpint (i, ==, 7);
  g_value_unset (&value);

  g_value_init (&value, G_TYPE_BOOLEAN);
  g_value_set_boolean (&value, TRUE);
  g_assert_true (dlm_topic_store_value (topic, &i, &value));
  g_assert_cmpint (i, ==, 1);
  g_assert_false (dlm_topic_store_value (topic, &i, &value));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/topics/softmax/defaults", test_softmax_defaults);
  g_test_add_func ("/topics/softmax/bad-input", test_softmax_bad_input);
  g_test_add_func ("/topics/softmax/apply-atomic", test_softmax_apply_atomic);
  g_test_add_func ("/topics/softmax/words", test_softmax_words);
  g_test_add_func ("/topics/softmax/probe", test_probe);
  g_test_add_func ("/topics/explog/list-params", test_list_params);
  g_test_add_func ("/topics/explog/bad-input", test_explog_bad_input);
  g_test_add_func ("/topics/explog/outputs", test_explog_outputs);
  g_test_add_func ("/topics/explog/base10", test_explog_base10);
  g_test_add_func ("/topics/seeding/outputs", test_seeding_outputs);
  g_test_add_func ("/topics/seeding/bad-input", test_seeding_bad_input);
  g_test_add_func ("/topics/store-value", test_store_value);

  return g_test_run ();
}
