/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "dlm-softmax-topic.h"
#include "topic-test.h"

/* What the figures of the softmax topic say, read back from the layout
 * log: the texts every view draws, at a laptop's size. */

static const char *const ten_classes[] = {
  "logits=2.1, 0.3, -1.2, 4.4, 0.9, 1.7, -0.4, 3.3, 0.0, 2.8",
  "labels=airplane, automobile, bird, cat, deer, dog, frog, horse, ship, truck",
  NULL
};

static DlmTopic *
softmax_with (const char *const *assignments)
{
  g_autoptr(DlmTopic) topic = dlm_softmax_topic_new ();
  g_autoptr(GError) error = NULL;

  if (assignments != NULL && !dlm_topic_apply (topic, assignments, &error))
    g_error ("refused: %s", error->message);
  return g_steal_pointer (&topic);
}

static GPtrArray *
texts_of_view (DlmTopic   *topic,
               const char *view)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (dlm_topic_set_param (topic, "view", view, &error));
  return figure_texts (topic, DLM_THEME_LIGHT, 1366, 768);
}

static guint
count_text (GPtrArray  *texts,
            const char *text)
{
  guint n = 0;

  for (guint i = 0; i < texts->len; i++)
    n += strcmp (g_ptr_array_index (texts, i), text) == 0;
  return n;
}

/* The first text drawn is the figure's title. */
static void
test_titles (void)
{
  static const char *const views[] = { "bars", "classifier", "stability" };
  g_autoptr(DlmTopic) topic = softmax_with (NULL);
  g_autoptr(GHashTable) titles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint v = 0; v < G_N_ELEMENTS (views); v++)
    {
      g_autoptr(GPtrArray) texts = texts_of_view (topic, views[v]);

      g_assert_cmpuint (texts->len, >, 0);
      g_hash_table_add (titles, g_strdup (g_ptr_array_index (texts, 0)));
    }
  g_assert_cmpuint (g_hash_table_size (titles), ==, G_N_ELEMENTS (views));
}

/* Every probability axis runs from 0 to 1; the classifier's three share
 * that one scale, so each tick appears once per image. */
static void
test_probability_axes (void)
{
  static const char *const ticks[] = { "0.0", "0.2", "0.4", "0.6", "0.8", "1.0" };
  static const char *const big_logits[] = { "logits=10, 20, 30", NULL };
  g_autoptr(DlmTopic) topic = softmax_with (big_logits);
  g_autoptr(GPtrArray) bars = texts_of_view (topic, "bars");
  g_autoptr(GPtrArray) stability = texts_of_view (topic, "stability");
  g_autoptr(GPtrArray) classifier = texts_of_view (topic, "classifier");

  /* the largest σ is 0.99995: its axis must still reach 1 */
  g_assert_cmpuint (count_text (bars, "1.0"), ==, 1);
  g_assert_cmpuint (count_text (stability, "1.0"), >=, 1);
  for (guint i = 0; i < G_N_ELEMENTS (ticks); i++)
    g_assert_cmpuint (count_text (classifier, ticks[i]), ==, 3);
}

/* The course's three images, their predictions, and the key to the
 * outline that marks them. */
static void
test_classifier (void)
{
  static const char *const labels[] = { "0.71", "0.26", "0.04", "0.02", "0.00", "0.98", "0.49" };
  g_autoptr(DlmTopic) topic = softmax_with (NULL);
  g_autoptr(GPtrArray) texts = texts_of_view (topic, "classifier");

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    g_assert_true (texts_contain (texts, labels[i]));
  g_assert_cmpuint (count_text (texts, "0.49"), ==, 2);
  g_assert_true (texts_contain (texts, "most likely cat"));
  g_assert_true (texts_contain (texts, "most likely horse"));
  g_assert_true (texts_contain (texts, "a tie"));
  g_assert_true (texts_contain (texts, "Outlined: the largest probability"));
}

/* Ten named classes: the winner (cat, 4.4) keeps its label in all three
 * panels, and a tiny probability reads 0.00, not in powers of ten. */
static void
test_ten_classes (void)
{
  g_autoptr(DlmTopic) topic = softmax_with (ten_classes);
  g_autoptr(GPtrArray) texts = texts_of_view (topic, "bars");

  g_assert_cmpuint (count_text (texts, "cat"), ==, 3);
  g_assert_true (texts_contain (texts, "Outlined: the largest probability"));
  g_assert_cmpuint (count_text (texts, "0.00"), >=, 1);
  for (guint i = 0; i < texts->len; i++)
    {
      const char *text = g_ptr_array_index (texts, i);

      g_assert_null (strstr (text, "×"));
      g_assert_null (strstr (text, "e-0"));
    }
}

/* Fifty classes: the kit thins the labels, never the winner's (c49). */
static void
test_fifty_classes (void)
{
  g_autoptr(GString) logits = g_string_new ("logits=");
  g_autoptr(GString) labels = g_string_new ("labels=");
  g_autoptr(DlmTopic) topic = NULL;
  g_autoptr(GPtrArray) bars = NULL;
  g_autoptr(GPtrArray) stability = NULL;

  for (guint i = 0; i < 50; i++)
    {
      g_string_append_printf (logits, "%s%u", i ? ", " : "", i == 49 ? 20 : i % 10);
      g_string_append_printf (labels, "%sc%02u", i ? ", " : "", i);
    }
  topic = softmax_with ((const char *const[]) { logits->str, labels->str, NULL });
  bars = texts_of_view (topic, "bars");
  stability = texts_of_view (topic, "stability");
  g_assert_cmpuint (count_text (bars, "c49"), ==, 3);
  g_assert_cmpuint (count_text (stability, "c49"), ==, 3);
}

/* The stable panel shows e^((z − max z)/T) at the topic's temperature
 * (the layout log keeps plain text: e<sup>z/T</sup> reads "ez/T"):
 * for z = 1, 2, 3 and T = 2 that is e^−1 = 0.368, e^−0.5 = 0.607 and 1. */
static void
test_stability_temperature (void)
{
  static const char *const assignments[] = { "temperature=2", NULL };
  g_autoptr(DlmTopic) topic = softmax_with (assignments);
  g_autoptr(GPtrArray) texts = texts_of_view (topic, "stability");

  g_assert_true (texts_contain (texts, "0.368"));
  g_assert_true (texts_contain (texts, "0.607"));
  g_assert_true (texts_contain (texts, "1.000"));
  g_assert_true (texts_contain (texts, "Naive: ez/T"));
}

/* Logits that overflow e^z leave the naive panel with no scale to read:
 * its y axis is left out rather than numbering bars that are ∞. */
static void
test_overflow_has_no_scale (void)
{
  static const char *const assignments[] = { "logits=1000, 1001, 1002", NULL };
  g_autoptr(DlmTopic) topic = softmax_with (assignments);
  g_autoptr(GPtrArray) texts = texts_of_view (topic, "stability");

  g_assert_cmpuint (count_text (texts, "∞"), ==, 3);
  g_assert_true (texts_contain (texts, "Overflow"));
  /* the stable panel's and σ's ticks only: no "1.2" of an ∞ bar's axis */
  g_assert_cmpuint (count_text (texts, "1.2"), ==, 0);
}

/* ---- words and exports of each view ---------------------------------- */

/* The classifier view reads its images at the current temperature:
 * /usr/bin/python3 -c "from scipy.special import softmax; import numpy as np;
 *   [print(softmax(np.array(z) / 2)) for z in ([5,4,2], [4,2,8], [4,4,1])]"
 *   -> [0.5465 0.3315 0.1220] [0.1142 0.0420 0.8438] [0.4498 0.4498 0.1004] */
static void
test_classifier_words_follow_temperature (void)
{
  const char *hot[] = { "view=classifier", "temperature=2", NULL };
  g_autoptr(DlmTopic) topic = topic_applied ("softmax", hot);
  g_autofree char *description = dlm_topic_describe (topic);
  g_autofree char *csv = dlm_topic_to_csv (topic);
  g_autoptr(GHashTable) s = summary_of (topic);
  g_auto(GStrv) lines = g_strsplit (csv, "\n", -1);

  g_assert_nonnull (strstr (description, "temperature 2"));
  g_assert_nonnull (strstr (description, "image 1 gives 0.55, 0.33, 0.12 (cat most likely)"));
  g_assert_nonnull (strstr (description, "image 2 gives 0.11, 0.04, 0.84 (horse most likely)"));
  g_assert_nonnull (strstr (description, "image 3 gives 0.45, 0.45, 0.10 (a tie between cat and dog)"));
  g_assert_null (strstr (description, "0.71"));
  g_assert_cmpstr (lines[0], ==, "index,image,logit_cat,logit_dog,logit_horse,"
                                 "probability_cat,probability_dog,probability_horse,prediction");
  g_assert_true (g_str_has_prefix (lines[1], "0,1,5,4,2,0.5465493872661796"));
  g_assert_true (g_str_has_suffix (lines[2], ",horse"));
  g_assert_true (g_str_has_prefix (lines[3], "2,3,4,4,1,"));
  g_assert_cmpstr (lines[4], ==, "");
  g_assert_cmpstr (g_hash_table_lookup (s, "image1_prediction"), ==, "cat");
  g_assert_cmpstr (g_hash_table_lookup (s, "image3_ties"), ==, "2");
  g_assert_cmpfloat_with_epsilon (summary_number (s, "image1_max_probability"), 0.5465493872661796, 1e-15);
}

/* The stability view says what overflows, from which logit, and what
 * subtracting the largest gives; its CSV writes the overflow as inf.
 *   np.exp(np.array([1000., 1001, 1002])) -> [inf inf inf];
 *   np.exp(np.array([1000., 1001, 1002]) - 1002) -> [0.13533528 0.36787944 1.] */
static void
test_stability_words_and_csv (void)
{
  const char *big[] = { "view=stability", "logits=1000, 1001, 1002", NULL };
  const char *mixed[] = { "view=stability", "logits=5, 800, 1000", NULL };
  g_autoptr(DlmTopic) topic = topic_applied ("softmax", big);
  g_autoptr(DlmTopic) some = topic_applied ("softmax", mixed);
  g_autoptr(DlmTopic) bars = topic_applied ("softmax", big + 1);
  g_autofree char *description = dlm_topic_describe (topic);
  g_autofree char *partly = dlm_topic_describe (some);
  g_autofree char *bars_words = dlm_topic_describe (bars);
  g_autofree char *small = NULL;
  g_autofree char *csv = dlm_topic_to_csv (topic);
  g_auto(GStrv) lines = g_strsplit (csv, "\n", -1);
  g_autoptr(GHashTable) s = summary_of (topic);

  g_assert_nonnull (strstr (description, "overflows to ∞ for 3 of the 3 logits (the smallest of them z1 = 1000)"));
  g_assert_nonnull (strstr (description, "above x = 709.78"));
  g_assert_nonnull (strstr (description, "m = 1002, gives exponents from −2 to 0"));
  g_assert_nonnull (strstr (description, "z3 0.67, z2 0.24, z1 0.09"));
  g_assert_nonnull (strstr (partly, "for 2 of the 3 logits (the smallest of them z2 = 800)"));
  g_assert_cmpstr (description, !=, bars_words);
  g_assert_cmpstr (lines[0], ==, "index,label,logit,scaled,naive_exp,shifted,shifted_exp,probability");
  g_assert_true (g_str_has_prefix (lines[1], "0,z1,1000,1000,inf,-2,0.1353352832366127"));
  g_assert_true (g_str_has_prefix (lines[3], "2,z3,1002,1002,inf,0,1,"));
  g_assert_cmpfloat (summary_number (s, "overflow_count"), ==, 3);
  g_assert_cmpfloat (summary_number (s, "naive_finite"), ==, 0);
  g_assert_cmpfloat (summary_number (s, "max_scaled_logit"), ==, 1002);
  g_assert_cmpstr (g_hash_table_lookup (s, "exp_sum"), ==, "inf");
  /* no overflow: said so, with the largest term */
  g_assert_true (dlm_topic_set_param (topic, "logits", "1, 2, 3", NULL));
  small = dlm_topic_describe (topic);
  g_assert_nonnull (strstr (small, "nothing overflows: the largest e^(z/T) is 20.086"));
}

/* Values beyond what an axis can hold with its headroom are refused,
 * naming the value's place and the range; at the limit every view is drawn
 * with nothing clipped or overlapping. */
static void
test_magnitude_limit (void)
{
  assert_magnitude_limit ("softmax", "logits", (const char *const[]) { "bars", "classifier", "stability", NULL });
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/softmax/figure/titles", test_titles);
  g_test_add_func ("/softmax/words/classifier-temperature", test_classifier_words_follow_temperature);
  g_test_add_func ("/softmax/words/stability", test_stability_words_and_csv);
  g_test_add_func ("/softmax/figure/probability-axes", test_probability_axes);
  g_test_add_func ("/softmax/figure/classifier", test_classifier);
  g_test_add_func ("/softmax/figure/ten-classes", test_ten_classes);
  g_test_add_func ("/softmax/figure/fifty-classes", test_fifty_classes);
  g_test_add_func ("/softmax/figure/stability-temperature", test_stability_temperature);
  g_test_add_func ("/softmax/figure/overflow-has-no-scale", test_overflow_has_no_scale);

  g_test_add_func ("/softmax/magnitude-limit", test_magnitude_limit);

  return g_test_run ();
}
