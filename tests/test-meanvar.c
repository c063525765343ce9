/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "dlm-error.h"
#include "dlm-meanvar.h"
#include "dlm-meanvar-topic.h"
#include "dlm-parse.h"
#include "dlm-quiz-private.h"
#include "dlm-quiz-text.h"
#include "dlm-softmax-topic.h"
#include "dlm-layout.h"
#include "golden.h"
#include "topic-test.h"

/* Reference values printed by Debian's NumPy 1.24 (/usr/bin/python3); the
 * app must give the same doubles, bit for bit.
 *   a = np.array([8, 0, 4, 1, -2, 7])          # int64, as the course types it
 *   a.mean(), a.var(ddof=1), a.var(ddof=0), np.abs(a - a.mean()).mean(),
 *   np.sum(np.abs(a - a.mean())) / 5, a.std(ddof=1), a.std(), np.median(a)
 *   -> 3.0 16.0 13.333333333333334 3.3333333333333335 4.0 4.0 3.6514837167011076 2.5 */
#define SPREAD_MEAN  3.0
#define SPREAD_VAR1  16.0
#define SPREAD_VAR0  13.333333333333334
#define SPREAD_MAD   3.3333333333333335
#define SPREAD_MAD1  4.0
#define SPREAD_SD1   4.0
#define SPREAD_SD0   3.6514837167011076
/* b = np.array([2, 3, 4, 3, 4, 4]); b.var(ddof=1), b.var(ddof=0), b.mean()
 *   -> 0.6666666666666666 0.5555555555555555 3.3333333333333335
 * (GSL's running variance used to give one bit more for ddof = 0; the
 * course's "0.667" is the ddof = 1 value) */
#define CLOSE_VAR1   0.6666666666666666
#define CLOSE_VAR0   0.5555555555555555
#define CLOSE_MEAN   3.3333333333333335
/* c = np.array([1, 2, 3, 3, 2, 1]); c.var(ddof=1), (c + 100).var(ddof=1),
 * np.abs(c - c.mean()).mean() -> 0.8 0.8 0.6666666666666666
 * (GSL gave 0.79999999999999993 for d1: the course's own d1/d2 case) */
#define SHIFT_VAR1   0.8
#define SHIFT_MAD    0.6666666666666666

/* ---- core ------------------------------------------------------------- */

static void
test_core_course_examples (void)
{
  const double spread[] = { 8, 0, 4, 1, -2, 7 }, close[] = { 2, 3, 4, 3, 4, 4 };
  const double d1[] = { 1, 2, 3, 3, 2, 1 }, d2[] = { 101, 102, 103, 103, 102, 101 };
  DlmMeanVar s;

  g_assert_true (dlm_meanvar_compute (spread, 6, 1, &s, NULL));
  g_assert_cmpfloat (s.mean, ==, SPREAD_MEAN);
  g_assert_cmpfloat (s.variance, ==, SPREAD_VAR1);
  g_assert_cmpfloat (s.sd, ==, SPREAD_SD1);
  g_assert_cmpfloat (s.sum_squares, ==, 80);
  g_assert_cmpfloat (s.sum_abs, ==, 20);
  g_assert_cmpfloat (s.mad, ==, SPREAD_MAD);
  g_assert_cmpfloat (s.mad_n1, ==, SPREAD_MAD1);
  g_assert_cmpfloat (s.sum_deviations, ==, 0);

  g_assert_true (dlm_meanvar_compute (spread, 6, 0, &s, NULL));
  g_assert_cmpfloat (s.variance, ==, SPREAD_VAR0);
  g_assert_cmpfloat (s.sd, ==, SPREAD_SD0);

  g_assert_true (dlm_meanvar_compute (close, 6, 1, &s, NULL));
  g_assert_cmpfloat (s.variance, ==, CLOSE_VAR1);
  g_assert_cmpfloat (s.mean, ==, CLOSE_MEAN);
  g_assert_true (dlm_meanvar_compute (close, 6, 0, &s, NULL));
  g_assert_cmpfloat (s.variance, ==, CLOSE_VAR0);

  g_assert_true (dlm_meanvar_compute (d1, 6, 1, &s, NULL));
  g_assert_cmpfloat (s.variance, ==, SHIFT_VAR1);
  g_assert_cmpfloat (s.mad, ==, SHIFT_MAD);
  g_assert_true (dlm_meanvar_compute (d2, 6, 1, &s, NULL));
  g_assert_cmpfloat (s.variance, ==, SHIFT_VAR1);
}

/* Awkward data typed as decimals (float64 arrays in NumPy), each with what
 *   x = np.array([...]); [x.mean(), x.var(), x.var(ddof=1), x.std(), x.std(ddof=1),
 *    np.abs(x - x.mean()).mean(), np.sum(np.abs(x - x.mean())) / (len(x) - 1),
 *    np.median(x), np.sum((x - x.mean())**2)]
 * printed (repr). */
static const struct {
  const char *text;
  double      expected[9];
} typed[] = {
  /* a large offset: 1e9 + small decimals */
  { "1000000000.1, 1000000000.2, 1000000000.3, 1000000000.7, 1000000000.9",
    { 1000000000.4399999, 0.0943999954223699, 0.11799999427796237, 0.30724582246528576,
      0.3435112724176055, 0.2879999876022339, 0.35999998450279236, 1000000000.3, 0.4719999771118495 } },
  /* many decimals and magnitudes, n = 7 (one short of a block of 8) */
  { "0.1, 0.7, 3.3, -2.9, 1e3, 12.5, 0.001",
    { 144.81442857142858, 121911.07413481631, 142229.58649061903, 349.15766372058386,
      377.13338023916555, 244.33873469387757, 285.06185714285715, 0.7, 853377.5189437142 } },
  /* negative numbers, n = 8 (one block of 8 accumulators) */
  { "-0.3, -1.7, -2.45, -0.05, -9.99, -3.14159, -2.71828, -1.41421",
    { -2.72051, 8.604290816225, 9.833475218542857, 2.93330714658813, 3.1358372436309345,
      1.9226425, 2.197305714285714, -2.075, 68.8343265298 } },
};

static void
test_core_typed (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    {
      g_autoptr(GArray) x = dlm_parse_vector ("data", typed[i].text, DLM_MEANVAR_MAX_VALUES, NULL);
      const double *v = (const double *) x->data;
      DlmMeanVar s0, s1;
      const double *e = typed[i].expected;

      g_assert_true (dlm_meanvar_compute (v, x->len, 0, &s0, NULL));
      g_assert_true (dlm_meanvar_compute (v, x->len, 1, &s1, NULL));
      g_test_message ("%s", typed[i].text);
      g_assert_cmpfloat (s0.mean, ==, e[0]);
      g_assert_cmpfloat (s0.variance, ==, e[1]);
      g_assert_cmpfloat (s1.variance, ==, e[2]);
      g_assert_cmpfloat (s0.sd, ==, e[3]);
      g_assert_cmpfloat (s1.sd, ==, e[4]);
      g_assert_cmpfloat (s0.mad, ==, e[5]);
      g_assert_cmpfloat (s0.mad_n1, ==, e[6]);
      g_assert_cmpfloat (dlm_meanvar_median (v, x->len).median, ==, e[7]);
      g_assert_cmpfloat (s0.sum_squares, ==, e[8]);
    }
}

/* Lengths around NumPy's blocks: 8 accumulators, runs of 128 split in
 * halves at multiples of 8, buffers of 8192 added one after another. The
 * data come from a formula both sides compute exactly:
 *   def gen(n, offset, scale):
 *       return np.array([offset + ((i * 2654435761) % 1000003) / scale for i in range(n)])
 *   x = gen(n, offset, scale)
 *   [v.hex() for v in (np.mean(x), np.var(x), np.var(x, ddof=1), np.std(x, ddof=1),
 *                      np.mean(np.abs(x - x.mean())), np.median(x))]
 * (n up to 10000: the core has no limit of its own; the data field's
 * limit is DLM_MEANVAR_MAX_VALUES). Before, about half of these differed
 * from NumPy in the last bit. */
static const struct {
  guint  n;
  double offset, scale;
  double expected[6];
} blocks[] = {
  {     7, 0x1.e848000000000p+19, 0x1.f280000000000p+9, { 0x1.e87d7117f3f7ep+19, 0x1.3ff12b5c2aa62p+16, 0x1.754407eb87173p+16, 0x1.351f131dc7d9ap+8, 0x1.ead3e7543f249p+7, 0x1.e87da2c2a1c3fp+19 } },
  {     8, 0x1.e848000000000p+19, 0x1.f280000000000p+9, { 0x1.e88659469ca14p+19, 0x1.a2c8a47105375p+16, 0x1.de9c29a5bcd18p+16, 0x1.5e08d6116dfabp+8, 0x1.1d9ad51e8e200p+8, 0x1.e88659469ca14p+19 } },
  {     9, 0x1.e848000000000p+19, 0x1.f280000000000p+9, { 0x1.e8854e203d2b2p+19, 0x1.766e244d54b50p+16, 0x1.a53be8d6ff4bap+16, 0x1.48623fa971114p+8, 0x1.054ab1de712abp+8, 0x1.e87da2c2a1c3fp+19 } },
  {   127, 0x1.e848000000000p+19, 0x1.f280000000000p+9, { 0x1.e888f7dfd4331p+19, 0x1.48e03c4bc8480p+16, 0x1.4b7c6d89560fbp+16, 0x1.234ee1c0375bbp+8, 0x1.f5a32a6e32c18p+7, 0x1.e888f34a34e51p+19 } },
  {   128, 0x1.e848000000000p+19, 0x1.f280000000000p+9, { 0x1.e888c8c39843cp+19, 0x1.4761bd1ec9a6ap+16, 0x1.49f5a86fa8f89p+16, 0x1.22a2fb0073c5dp+8, 0x1.f4a8827077240p+7, 0x1.e8889c5f84c01p+19 } },
  {   129, 0x1.e848000000000p+19, 0x1.f280000000000p+9, { 0x1.e88904d2fb49ep+19, 0x1.469af3efb38d4p+16, 0x1.492829d792f46p+16, 0x1.22486c4b3f097p+8, 0x1.f484d1301190ep+7, 0x1.e888f34a34e51p+19 } },
  {   255, 0x1.e848000000000p+19, 0x1.f280000000000p+9, { 0x1.e88807b183cf6p+19, 0x1.480352c288593p+16, 0x1.494deb465275cp+16, 0x1.225911c7ecac9p+8, 0x1.f62bae1fe0f0fp+7, 0x1.e889667bc366fp+19 } },
  {   256, 0x1.e848000000000p+19, 0x1.f280000000000p+9, { 0x1.e887d2bfb60cdp+19, 0x1.49755aa6ca2eep+16, 0x1.4ac01ac18bbaap+16, 0x1.22fc164ca3b57p+8, 0x1.f791dbc159180p+7, 0x1.e8892ce2fc260p+19 } },
  {   257, 0x1.e848000000000p+19, 0x1.f280000000000p+9, { 0x1.e887d3a4b7b83p+19, 0x1.482d60b050075p+16, 0x1.49758e1100575p+16, 0x1.226a8a78f4345p+8, 0x1.f5aa4853513bcp+7, 0x1.e888f34a34e51p+19 } },
  {  1000, 0x1.e848000000000p+19, 0x1.f280000000000p+9, { 0x1.e8870f2e18f33p+19, 0x1.47e1939547e70p+16, 0x1.4835991cbbcd5p+16, 0x1.21dd630f4d87dp+8, 0x1.f5c3a483ee958p+7, 0x1.e8875bf098021p+19 } },
  {  8191, 0x1.e848000000000p+19, 0x1.f280000000000p+9, { 0x1.e886c5e7c3a7fp+19, 0x1.478411b5cba1ap+16, 0x1.478e4e7a2595ap+16, 0x1.21937a076e3b5p+8, 0x1.f58b8f9ed3608p+7, 0x1.e886d2d72c6bdp+19 } },
  {  8192, 0x1.e848000000000p+19, 0x1.f280000000000p+9, { 0x1.e886c44cf36b2p+19, 0x1.478e6eedcfe6dp+16, 0x1.4798abb32d804p+16, 0x1.21980ec8e8ff9p+8, 0x1.f59595169469ap+7, 0x1.e886d1cc21e4cp+19 } },
  {  8193, 0x1.e848000000000p+19, 0x1.f280000000000p+9, { 0x1.e886c45f45874p+19, 0x1.47843d496be55p+16, 0x1.478e796b5630bp+16, 0x1.21938d02b2ad6p+8, 0x1.f5870dc8f276bp+7, 0x1.e886d2d72c6bdp+19 } },
  { 10000, 0x1.e848000000000p+19, 0x1.f280000000000p+9, { 0x1.e886bc85f2dacp+19, 0x1.47831488cd251p+16, 0x1.478b7721c3c4fp+16, 0x1.219238856c8edp+8, 0x1.f586d79323e63p+7, 0x1.e886c75db89e3p+19 } },
  /* negative: -5e8 − (…) / 3 */
  {     9, -0x1.dcd6500000000p+28, -0x1.8000000000000p+1, { -0x1.dcfe1ae097b42p+28, 0x1.3b81c136bece2p+33, 0x1.62f1f95d96a7ep+33, 0x1.aa4ce0a4f70e7p+16, 0x1.5333f7926f71cp+16, -0x1.dcf9207aaaaabp+28 } },
  {   129, -0x1.dcd6500000000p+28, -0x1.8000000000000p+1, { -0x1.dd0083f6f21bdp+28, 0x1.133540e96c645p+33, 0x1.155bab6b3f3d2p+33, 0x1.78d6af4059813p+16, 0x1.44e18b1d5e11ep+16, -0x1.dd00789555555p+28 } },
  {  1000, -0x1.dcd6500000000p+28, -0x1.8000000000000p+1, { -0x1.dcff3e5a6bdc8p+28, 0x1.14487a1ee0c3bp+33, 0x1.148f46bc400f8p+33, 0x1.784bbb98dda4fp+16, 0x1.45b07d48f8083p+16, -0x1.dcff702d55556p+28 } },
};

static void
test_core_blocks (void)
{
  for (guint b = 0; b < G_N_ELEMENTS (blocks); b++)
    {
      guint n = blocks[b].n;
      g_autofree double *x = g_new (double, n);
      const double *e = blocks[b].expected;
      DlmMeanVar s0, s1;

      for (guint i = 0; i < n; i++)
        x[i] = blocks[b].offset + (double) ((guint64) i * 2654435761u % 1000003u) / blocks[b].scale;
      g_assert_true (dlm_meanvar_compute (x, n, 0, &s0, NULL));
      g_assert_true (dlm_meanvar_compute (x, n, 1, &s1, NULL));
      g_test_message ("n = %u", n);
      g_assert_cmpfloat (s0.mean, ==, e[0]);
      g_assert_cmpfloat (s0.variance, ==, e[1]);
      g_assert_cmpfloat (s1.variance, ==, e[2]);
      g_assert_cmpfloat (s1.sd, ==, e[3]);
      g_assert_cmpfloat (s0.mad, ==, e[4]);
      g_assert_cmpfloat (dlm_meanvar_median (x, n).median, ==, e[5]);
    }
}

/* np.median, where Σ|xᵢ − c| is flat, and the modes:
 *   from scipy import stats; import statistics
 *   y = [1, 2, 2, 2, 3, 4, 5, 8, 13]: np.median(y) 3.0, stats.mode(y) (2, count 3)
 *   z = [1, 1, 2, 3, 3]: statistics.multimode(z) [1, 3], np.median(z) 2.0
 *   [8, 0, 4, 1, -2, 7]: np.median 2.5, every value once */
static void
test_core_median_modes (void)
{
  const double y[] = { 1, 2, 2, 2, 3, 4, 5, 8, 13 }, z[] = { 1, 1, 2, 3, 3 };
  const double spread[] = { 8, 0, 4, 1, -2, 7 };
  DlmMedian m;
  guint count = 0;
  g_autoptr(GArray) ym = dlm_meanvar_modes (y, G_N_ELEMENTS (y), &count);
  g_autoptr(GArray) zm = NULL, sm = NULL;

  m = dlm_meanvar_median (y, G_N_ELEMENTS (y));
  g_assert_cmpfloat (m.median, ==, 3);
  g_assert_cmpfloat (m.low, ==, 3);
  g_assert_cmpfloat (m.high, ==, 3);
  g_assert_cmpuint (ym->len, ==, 1);
  g_assert_cmpfloat (g_array_index (ym, double, 0), ==, 2);
  g_assert_cmpuint (count, ==, 3);

  zm = dlm_meanvar_modes (z, G_N_ELEMENTS (z), &count);
  g_assert_cmpuint (zm->len, ==, 2);
  g_assert_cmpfloat (g_array_index (zm, double, 0), ==, 1);
  g_assert_cmpfloat (g_array_index (zm, double, 1), ==, 3);
  g_assert_cmpuint (count, ==, 2);
  g_assert_cmpfloat (dlm_meanvar_median (z, G_N_ELEMENTS (z)).median, ==, 2);

  m = dlm_meanvar_median (spread, 6);
  g_assert_cmpfloat (m.median, ==, 2.5);
  g_assert_cmpfloat (m.low, ==, 1);
  g_assert_cmpfloat (m.high, ==, 4);
  sm = dlm_meanvar_modes (spread, 6, &count);
  g_assert_cmpuint (count, ==, 1);
  g_assert_cmpuint (sm->len, ==, 6);
  g_assert_cmpfloat (g_array_index (sm, double, 0), ==, -2);
}

/* The two sums over a center c, against
 *   x = np.array([8, 0, 4, 1, -2, 7]); c = -3.2 + 12.4 * 37 / 100
 *   c, np.sum(np.abs(x - c)), np.sum((x - c)**2)
 *   -> 1.387999999999999 20.0 95.59126400000002 */
static void
test_core_sums_at (void)
{
  const double x[] = { 8, 0, 4, 1, -2, 7 };
  double lo = -2 - 10 * 0.12, hi = 8 + 10 * 0.12, c = lo + (hi - lo) * 37 / 100;

  g_assert_cmpfloat (c, ==, 1.387999999999999);
  g_assert_cmpfloat (dlm_meanvar_sum_abs_at (x, 6, c), ==, 20.0);
  g_assert_cmpfloat (dlm_meanvar_sum_sq_at (x, 6, c), ==, 95.59126400000002);
  g_assert_cmpfloat (dlm_meanvar_sum (x, 6), ==, 18);
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
  g_assert_cmpfloat (summary_number (s, "mad_n_minus_1"), ==, SPREAD_MAD1);
  g_assert_cmpfloat (summary_number (s, "sum_abs_deviations"), ==, 20);
  g_assert_cmpfloat (summary_number (s, "sum_squares"), ==, 80);
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
  /* NumPy's 0.8 exactly (GSL's running variance gave 0.79999999999999993) */
  g_assert_cmpfloat (summary_number (s, "variance"), ==, SHIFT_VAR1);
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

/* The dot view's CSV: NumPy's index from 0, the position i from 1 as the
 * axis names it, then the compared set's points, marked as such. */
static void
test_csv_parsed_back (void)
{
  g_autoptr(DlmTopic) topic = dlm_meanvar_topic_new ();
  g_autofree char *csv = dlm_topic_to_csv (topic), *with = NULL;
  g_auto(GStrv) lines = g_strsplit (csv, "\n", -1);
  g_auto(GStrv) both = NULL;
  const double x[] = { 8, 0, 4, 1, -2, 7 };
  double squares = 0;

  g_assert_cmpstr (lines[0], ==, "index,i,x,deviation,squared_deviation,set");
  for (guint i = 0; i < G_N_ELEMENTS (x); i++)
    {
      g_auto(GStrv) f = g_strsplit (lines[i + 1], ",", -1);

      g_assert_cmpuint (g_strv_length (f), ==, 6);
      g_assert_cmpfloat (g_ascii_strtod (f[0], NULL), ==, i);
      g_assert_cmpfloat (g_ascii_strtod (f[1], NULL), ==, i + 1);
      g_assert_cmpfloat (g_ascii_strtod (f[2], NULL), ==, x[i]);
      g_assert_cmpfloat (g_ascii_strtod (f[3], NULL), ==, x[i] - SPREAD_MEAN);
      g_assert_cmpfloat (g_ascii_strtod (f[4], NULL), ==, (x[i] - 3) * (x[i] - 3));
      g_assert_cmpstr (f[5], ==, "data");
      squares += g_ascii_strtod (f[4], NULL);
    }
  g_assert_cmpstr (lines[7], ==, "");
  /* the course: var(x) = sum([5, -3, 1, -2, -5, 4]²) / 5 */
  g_assert_cmpfloat (squares / 5, ==, SPREAD_VAR1);

  g_assert_true (dlm_topic_set_param (topic, "compare", "1, 5", NULL));
  with = dlm_topic_to_csv (topic);
  both = g_strsplit (with, "\n", -1);
  g_assert_cmpstr (both[7], ==, "0,1,1,-2,4,compare");
  g_assert_cmpstr (both[8], ==, "1,2,5,2,4,compare");
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
    { "data", "1, 1e200", "1e150" },
    { "compare", "-2e150, 1", "−1e150 to 1e150" },
    { "compare", "1, x", "x" },
    { "compare", "1, nan", "finite" },
    { "compare", "42", "ddof" },
    { "ddof", "2", "too large" },
    { "ddof", "0.5", "whole number" },
    { "ddof", "one", "not a number" },
    { "view", "pie", "dots|normal|squares" },
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
  /* the marks along the bottom, sorted */
  g_assert_nonnull (strstr (normal, "6 values, −2, 0, 1, 4, 7 and 8, are marked"));
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
    { "view=squares", NULL },
    { "view=squares", "data=1, 2, 2, 2, 3, 4, 5, 8, 13", NULL },
    { "view=squares", "data=12345678, 23456789, 34567890, 45678901", NULL },
    { "view=squares", "data=5, 5, 5, 5, 5", NULL },
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

/* ---- why squares --------------------------------------------------------- */

/* The summary of the squares view, against
 *   y = np.array([1, 2, 2, 2, 3, 4, 5, 8, 13]); y.mean(), np.median(y),
 *   stats.mode(y, keepdims=False), np.sum((y - y.mean())**2), np.sum(np.abs(y - np.median(y)))
 *   -> 4.444444444444445 3.0 ModeResult(mode=2, count=3) 118.22222222222223 23.0
 * and for the course's data (even n, so Σ|xᵢ − c| is flat from 1 to 4):
 *   np.median(x) 2.5, np.sum(np.abs(x - 2.5)) 20.0 */
static void
test_squares_summary (void)
{
  g_autoptr(DlmTopic) skewed = topic_applied ("meanvar", (const char *[]) {
    "view=squares", "data=1, 2, 2, 2, 3, 4, 5, 8, 13", NULL });
  g_autoptr(DlmTopic) course = topic_applied ("meanvar", (const char *[]) { "view=squares", NULL });
  g_autoptr(GHashTable) s = summary_of (skewed);
  g_autoptr(GHashTable) t = summary_of (course);

  g_assert_cmpfloat (summary_number (s, "mean"), ==, 4.444444444444445);
  g_assert_cmpfloat (summary_number (s, "argmin_sum_sq"), ==, 4.444444444444445);
  g_assert_cmpfloat (summary_number (s, "sum_squares"), ==, 118.22222222222223);
  g_assert_cmpfloat (summary_number (s, "median"), ==, 3);
  g_assert_cmpfloat (summary_number (s, "argmin_sum_abs_low"), ==, 3);
  g_assert_cmpfloat (summary_number (s, "argmin_sum_abs_high"), ==, 3);
  g_assert_cmpfloat (summary_number (s, "min_sum_abs"), ==, 23);
  g_assert_cmpfloat (summary_number (s, "mode"), ==, 2);
  g_assert_cmpfloat (summary_number (s, "mode_count"), ==, 3);
  g_assert_cmpfloat (summary_number (s, "n_modes"), ==, 1);

  g_assert_cmpfloat (summary_number (t, "median"), ==, 2.5);
  g_assert_cmpfloat (summary_number (t, "argmin_sum_abs_low"), ==, 1);
  g_assert_cmpfloat (summary_number (t, "argmin_sum_abs_high"), ==, 4);
  g_assert_cmpfloat (summary_number (t, "min_sum_abs"), ==, 20);
  g_assert_cmpfloat (summary_number (t, "mode_count"), ==, 1);
  g_assert_cmpfloat (summary_number (t, "n_modes"), ==, 6);
  /* the view draws no variance: its keys stay with the dot view */
  g_assert_false (g_hash_table_contains (t, "variance"));
}

/* index, c, sum_abs, sum_sq at 101 centers across the axis (row 37 against
 * test_core_sums_at's NumPy line), the same points the keyboard visits. */
static void
test_squares_csv (void)
{
  g_autoptr(DlmTopic) topic = topic_applied ("meanvar", (const char *[]) { "view=squares", NULL });
  g_autofree char *csv = dlm_topic_to_csv (topic);
  g_auto(GStrv) lines = g_strsplit (csv, "\n", -1);
  g_auto(GStrv) row = NULL;
  guint row_length = 0;
  cairo_surface_t *surface = NULL;
  g_autoptr(DlmLayoutLog) log = NULL;
  DlmTheme theme;
  DlmProbe point = { 0 };

  g_assert_cmpstr (lines[0], ==, "index,c,sum_abs,sum_sq");
  g_assert_cmpuint (g_strv_length (lines), ==, DLM_TOPIC_CURVE_SAMPLES + 2);
  row = g_strsplit (lines[38], ",", -1);
  g_assert_cmpstr (row[0], ==, "37");
  g_assert_cmpfloat (g_ascii_strtod (row[1], NULL), ==, 1.387999999999999);
  g_assert_cmpfloat (g_ascii_strtod (row[2], NULL), ==, 20.0);
  g_assert_cmpfloat (g_ascii_strtod (row[3], NULL), ==, 95.59126400000002);

  dlm_theme_init (&theme, DLM_THEME_LIGHT, 1);
  log = figure_log (topic, &theme, 1366, 768, &surface);
  g_assert_cmpuint (dlm_topic_count_points (topic, &row_length), ==, DLM_TOPIC_CURVE_SAMPLES);
  g_assert_true (dlm_topic_get_point (topic, 37, &point));
  g_assert_nonnull (strstr (point.text, "c = 1.388"));
  g_assert_nonnull (strstr (point.text, "Σ|xᵢ − c| = 20"));
  dlm_probe_clear (&point);
  cairo_surface_destroy (surface);
}

/* The words name the minima as the data place them: a flat stretch for an
 * even n whose middle values differ, a single median otherwise; the
 * modes, or that there is none. */
static void
test_squares_words (void)
{
  g_autoptr(DlmTopic) topic = topic_applied ("meanvar", (const char *[]) { "view=squares", NULL });
  g_autofree char *even = dlm_topic_describe (topic);
  g_autofree char *formula = dlm_topic_get_formula (topic);
  g_autofree char *explanation = dlm_topic_get_explanation (topic);
  g_autofree char *odd = NULL, *two = NULL;

  g_assert_nonnull (strstr (even, "lowest at the mean 3, where it is 80"));
  g_assert_nonnull (strstr (even, "for every c from 1 to 4, the two middle values"));
  g_assert_nonnull (strstr (even, "median 2.5"));
  g_assert_nonnull (strstr (even, "every value occurs once, so there is no mode"));
  g_assert_nonnull (strstr (formula, "[1, 4] ∋ x̃ = 2.5"));
  g_assert_nonnull (strstr (explanation, "at the mean, 3 here"));

  g_assert_true (dlm_topic_set_param (topic, "data", "1, 2, 2, 2, 3, 4, 5, 8, 13", NULL));
  odd = dlm_topic_describe (topic);
  g_assert_nonnull (strstr (odd, "at the median 3, the middle value"));
  g_assert_nonnull (strstr (odd, "the mode is 2, occurring 3 times"));
  g_assert_null (strstr (odd, "flat"));

  g_assert_true (dlm_topic_set_param (topic, "data", "1, 1, 2, 3, 3", NULL));
  two = dlm_topic_describe (topic);
  g_assert_nonnull (strstr (two, "the modes are 1 and 3, occurring 2 times each"));
}

/* The pointer over either curve reads both sums at its center. */
static void
test_squares_probe (void)
{
  g_autoptr(DlmTopic) topic = topic_applied ("meanvar", (const char *[]) { "view=squares", NULL });
  cairo_surface_t *surface = render (topic);
  DlmProbe probe = { 0 };
  gboolean found = FALSE;

  for (double y = 0; y < GOLDEN_H && !found; y += 4)
    found = dlm_topic_probe (topic, GOLDEN_W * 0.3, y, &probe);
  g_assert_true (found);
  g_assert_nonnull (strstr (probe.text, "Σ|xᵢ − c| = "));
  g_assert_nonnull (strstr (probe.text, "Σ(xᵢ − c)² = "));
  dlm_probe_clear (&probe);
  g_assert_false (dlm_topic_probe (topic, 1, 1, &probe));
  cairo_surface_destroy (surface);
}

/* ---- MAD ------------------------------------------------------------------- */

/* Both mean absolute deviations, in the dot view's words and facts:
 * Σ|xᵢ − x̄| = 20 for the course's data, 20 / 6 and 20 / 5. */
static void
test_mad_both (void)
{
  g_autoptr(DlmTopic) topic = dlm_meanvar_topic_new ();
  g_autofree char *description = dlm_topic_describe (topic);
  g_autofree char *explanation = dlm_topic_get_explanation (topic);
  g_autoptr(GPtrArray) texts = figure_texts (topic, DLM_THEME_LIGHT, 1920, 1080);
  g_autoptr(GHashTable) s = NULL;

  g_assert_nonnull (strstr (description, "the mean absolute deviation is 3.333"));
  g_assert_nonnull (strstr (description, "as the course’s slide does, gives 4 instead"));
  g_assert_nonnull (strstr (explanation, "n − 1 instead (4)"));
  g_assert_true (texts_contain (texts, "Σ|xᵢ − x̄| / n = 20 / 6 = 3.333"));
  g_assert_true (texts_contain (texts, "divides by n − 1: 20 / 5 = 4"));
  /* one value: no n − 1 version, and no key for it */
  g_assert_true (dlm_topic_apply (topic, (const char *[]) { "ddof=0", "data=5", NULL }, NULL));
  s = summary_of (topic);
  g_assert_cmpfloat (summary_number (s, "mad"), ==, 0);
  g_assert_false (g_hash_table_contains (s, "mad_n_minus_1"));
}

/* ---- quiz ---------------------------------------------------------------- */

static GPtrArray *
quiz_for (guint32 seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  GPtrArray *questions = g_ptr_array_new_with_free_func ((GDestroyNotify) dlm_quiz_question_free);

  dlm_meanvar_quiz_build (questions, rand);
  return questions;
}

static char *
quiz_text (GPtrArray *questions)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < questions->len; i++)
    {
      const DlmQuizQuestion *q = g_ptr_array_index (questions, i);

      g_string_append_printf (text, "%s\n", dlm_quiz_question_get_prompt (q));
      for (guint c = 0; c < dlm_quiz_question_get_n_choices (q); c++)
        g_string_append_printf (text, "  %s — %s\n", dlm_quiz_question_get_choice (q, c),
                                dlm_quiz_question_get_reason (q, c));
    }
  return g_string_free (text, FALSE);
}

/* The list in a prompt, "[5, −3, 11]", as numbers. */
static GArray *
prompt_list (const char *prompt)
{
  const char *open = strchr (prompt, '['), *close = open != NULL ? strchr (open, ']') : NULL;
  g_autofree char *inner = NULL;
  g_autoptr(GString) plain = NULL;

  g_assert_nonnull (close);
  inner = g_strndup (open + 1, close - open - 1);
  plain = g_string_new (inner);
  g_string_replace (plain, "−", "-", 0);
  return dlm_parse_vector ("list", plain->str, DLM_MEANVAR_MAX_VALUES, NULL);
}

static const char *
right_choice (const DlmQuizQuestion *q)
{
  return dlm_quiz_question_get_choice (q, dlm_quiz_question_get_correct (q));
}

/* Each seed asks about its own numbers, one seed twice the same; the
 * right answers are right for the numbers asked about (recomputed here
 * from the prompt's list). */
static void
test_quiz_draws (void)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint32 seed = 1; seed <= 30; seed++)
    {
      g_autoptr(GPtrArray) questions = quiz_for (seed);
      g_autoptr(GPtrArray) again = quiz_for (seed);
      g_autofree char *text = quiz_text (questions), *text_again = quiz_text (again);
      const DlmQuizQuestion *mean_q = g_ptr_array_index (questions, 0);
      const DlmQuizQuestion *var_q = g_ptr_array_index (questions, 2);
      const DlmQuizQuestion *sq_q = g_ptr_array_index (questions, 8);
      g_autoptr(GArray) x = prompt_list (dlm_quiz_question_get_prompt (mean_q));
      g_autoptr(GArray) y = prompt_list (dlm_quiz_question_get_prompt (var_q));
      g_autoptr(GArray) z = prompt_list (dlm_quiz_question_get_prompt (sq_q));
      g_autofree char *mean = NULL, *variance = NULL, *sq_mean = NULL, *want = NULL;
      DlmMeanVar s;

      g_assert_cmpuint (questions->len, ==, 10);
      g_assert_cmpstr (text, ==, text_again);
      g_hash_table_add (seen, g_steal_pointer (&text));

      g_assert_true (dlm_meanvar_compute ((double *) x->data, x->len, 1, &s, NULL));
      mean = dlm_quiz_format_number (s.mean);
      g_assert_cmpstr (right_choice (mean_q), ==, mean);
      g_assert_true (dlm_meanvar_compute ((double *) y->data, y->len, 1, &s, NULL));
      variance = dlm_quiz_format_number (s.variance);
      g_assert_cmpstr (right_choice (var_q), ==, variance);
      g_assert_true (dlm_meanvar_compute ((double *) z->data, z->len, 1, &s, NULL));
      sq_mean = dlm_quiz_format_number (s.mean);
      want = g_strdup_printf ("The mean, %s", sq_mean);
      g_assert_cmpstr (right_choice (sq_q), ==, want);
    }
  g_assert_cmpuint (g_hash_table_size (seen), ==, 30);
}

/* For Σ|xᵢ − c|, the right answer is the flat stretch between the two
 * middle values when they differ, the median alone when they do not. */
static void
test_quiz_absolute (void)
{
  guint flat = 0, single = 0;

  for (guint32 seed = 1; seed <= 60; seed++)
    {
      g_autoptr(GPtrArray) questions = quiz_for (seed);
      const DlmQuizQuestion *q = g_ptr_array_index (questions, 9);
      g_autoptr(GArray) x = prompt_list (dlm_quiz_question_get_prompt (q));
      DlmMedian m = dlm_meanvar_median ((double *) x->data, x->len);
      g_autofree char *low = dlm_quiz_format_number (m.low), *high = dlm_quiz_format_number (m.high);
      g_autofree char *med = dlm_quiz_format_number (m.median), *want = NULL;

      if (m.high > m.low)
        {
          want = g_strdup_printf ("Every c from %s to %s", low, high);
          flat++;
        }
      else
        {
          want = g_strdup_printf ("Only the median, %s", med);
          single++;
        }
      g_assert_cmpstr (right_choice (q), ==, want);
    }
  /* both kinds are asked */
  g_assert_cmpuint (flat, >, 0);
  g_assert_cmpuint (single, >, 0);
}

static const DlmGolden goldens[] = {
  { "meanvar-squares-light", dlm_meanvar_topic_get_type, { "view=squares", NULL }, DLM_THEME_LIGHT },
  { "meanvar-squares-dark", dlm_meanvar_topic_get_type,
    { "view=squares", "data=1, 2, 2, 2, 3, 4, 5, 8, 13", NULL }, DLM_THEME_DARK },
  { "meanvar-squares-projector", dlm_meanvar_topic_get_type,
    { "view=squares", "data=1, 1, 2, 3, 3, 4, 9", NULL }, DLM_THEME_PROJECTOR },
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
  g_test_add_func ("/topics/meanvar/core/typed", test_core_typed);
  g_test_add_func ("/topics/meanvar/core/blocks", test_core_blocks);
  g_test_add_func ("/topics/meanvar/core/median-modes", test_core_median_modes);
  g_test_add_func ("/topics/meanvar/core/sums-at", test_core_sums_at);
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
  g_test_add_func ("/topics/meanvar/mad-both", test_mad_both);
  g_test_add_func ("/topics/meanvar/squares/summary", test_squares_summary);
  g_test_add_func ("/topics/meanvar/squares/csv", test_squares_csv);
  g_test_add_func ("/topics/meanvar/squares/words", test_squares_words);
  g_test_add_func ("/topics/meanvar/squares/probe", test_squares_probe);
  g_test_add_func ("/topics/meanvar/quiz/draws", test_quiz_draws);
  g_test_add_func ("/topics/meanvar/quiz/absolute", test_quiz_absolute);
  dlm_golden_add_tests ("/topics/meanvar/golden/", goldens, G_N_ELEMENTS (goldens));

  return g_test_run ();
}
