/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "dlm-dot.h"
#include "dlm-dot-topic.h"
#include "dlm-error.h"
#include "golden.h"
#include "topic-test.h"

/* Reference values from Debian's NumPy (/usr/bin/python3):
 *   v = np.array([1, 0, 2, 5, -2.]); w = np.array([2, 8, -6, 1, 0.])
 *   np.dot(v, w), np.linalg.norm(v), np.linalg.norm(w)
 *   -> -5.0 5.830951894845301 10.246950765959598 */
#define COURSE_DOT     -5.0
#define COURSE_NORM_V  5.830951894845301
#define COURSE_NORM_W  10.246950765959598
/*   c = np.dot(v, w) / np.linalg.norm(v) / np.linalg.norm(w); c, np.degrees(np.arccos(c))
 *   -> -0.0836827408755723 94.80028159621406 */
#define COURSE_COSINE  -0.0836827408755723
#define COURSE_ANGLE   94.80028159621406
/*   np.corrcoef(v, w)[0, 1] -> -0.21248353755372035
 *   vc = v - v.mean(); wc = w - w.mean()
 *   np.dot(vc / np.linalg.norm(vc), wc / np.linalg.norm(wc)) -> -0.21248353755372032 */
#define COURSE_R       -0.21248353755372035
/*   np.cumsum(v * w) -> [2, 2, -10, -5, -5] */
static const double course_cumulative[] = { 2, 2, -10, -5, -5 };
/*   A = np.array([[0, 3, 2], [-3, -3, 1], [1, 0, 2.]])
 *   B = np.array([[1, 0, 6], [2, -1, 0], [5, 1, 4.]])
 *   np.sum(A * B), np.trace(A.T @ B), np.linalg.norm(A), np.linalg.norm(B)
 *   -> 22.0 22.0 6.082762530298219 9.16515138991168 */
#define COURSE_FROBENIUS 22.0
#define COURSE_NORM_A    6.082762530298219
#define COURSE_NORM_B    9.16515138991168
/*   p = np.array([3, 1.]); q = np.array([1, 3.])
 *   c = np.dot(p, q) / np.linalg.norm(p) / np.linalg.norm(q)
 *   np.dot(p, q), c, np.degrees(np.arccos(c)), np.dot(p, q) / np.linalg.norm(q), np.dot(p, p)
 *   -> 6.0 0.6 53.13010235415599 1.8973665961010275 10.0 */
#define PLANE_DOT        6.0
#define PLANE_COSINE     0.6
#define PLANE_ANGLE      53.13010235415599
#define PLANE_PROJECTION 1.8973665961010275
#define PLANE_P_DOT_P    10.0
/* The course's quiz: np.dot([1, 2], [3, 4]), np.dot([2, -1, 3], [4, 0, -2]) -> 11 2 */

static void
assert_close (double value,
              double expected)
{
  g_assert_cmpfloat_with_epsilon (value, expected, 1e-12 * MAX (1, fabs (expected)));
}

static void
set (DlmTopic   *topic,
     const char *key,
     const char *text)
{
  g_autoptr(GError) error = NULL;

  if (!dlm_topic_set_param (topic, key, text, &error))
    g_error ("%s=%s refused: %s", key, text, error->message);
}

/* ---- course examples ------------------------------------------------------ */

static void
test_course_vectors (void)
{
  g_autoptr(DlmTopic) topic = dlm_dot_topic_new ();
  g_autoptr(GHashTable) s = summary_of (topic);
  g_autoptr(GHashTable) quiz1 = NULL, quiz2 = NULL;

  g_assert_cmpstr (g_hash_table_lookup (s, "mode"), ==, "vector");
  g_assert_cmpfloat (summary_number (s, "dot"), ==, COURSE_DOT);
  g_assert_cmpfloat (summary_number (s, "mismatch"), ==, 0);
  g_assert_cmpfloat (summary_number (s, "shown"), ==, 5);
  g_assert_cmpfloat (summary_number (s, "partial_sum"), ==, COURSE_DOT);

  set (topic, "v", "1, 2");
  set (topic, "w", "3, 4");
  quiz1 = summary_of (topic);
  g_assert_cmpfloat (summary_number (quiz1, "dot"), ==, 11);
  set (topic, "v", "2, -1, 3");
  set (topic, "w", "4, 0, -2");
  quiz2 = summary_of (topic);
  g_assert_cmpfloat (summary_number (quiz2, "dot"), ==, 2);
}

static void
test_course_matrices (void)
{
  g_autoptr(DlmTopic) topic = dlm_dot_topic_new ();
  g_autoptr(GHashTable) s = NULL;

  set (topic, "mode", "matrix");
  s = summary_of (topic);
  g_assert_cmpfloat (summary_number (s, "frobenius"), ==, COURSE_FROBENIUS);
  /* dot is v · w, a quantity this view does not show */
  g_assert_false (g_hash_table_contains (s, "dot"));
  assert_close (summary_number (s, "norm_a"), COURSE_NORM_A);
  assert_close (summary_number (s, "norm_b"), COURSE_NORM_B);
  g_assert_cmpfloat (summary_number (s, "rows_a"), ==, 3);
  g_assert_cmpfloat (summary_number (s, "columns_b"), ==, 3);
  g_assert_cmpfloat (summary_number (s, "shape_mismatch"), ==, 0);
}

/* Stepping through the products: the running sum after each, as NumPy's
 * cumsum gives it; 0 shows none, anything past the end shows all. */
static void
test_steps (void)
{
  g_autoptr(DlmTopic) topic = dlm_dot_topic_new ();

  g_assert_cmpuint (dlm_dot_topic_get_n_pairs (DLM_DOT_TOPIC (topic)), ==, 5);
  for (guint k = 0; k <= 7; k++)
    {
      g_autofree char *text = g_strdup_printf ("%u", k);
      g_autoptr(GHashTable) s = NULL;

      set (topic, "step", text);
      s = summary_of (topic);
      g_assert_cmpfloat (summary_number (s, "shown"), ==, MIN (k, 5));
      g_assert_cmpfloat (summary_number (s, "partial_sum"), ==, k == 0 ? 0 : course_cumulative[MIN (k, 5) - 1]);
      g_assert_cmpfloat (summary_number (s, "dot"), ==, COURSE_DOT);
    }
}

/* ---- against NumPy ---------------------------------------------------------- */

static void
test_numpy (void)
{
  g_autoptr(DlmTopic) topic = dlm_dot_topic_new ();
  g_autoptr(GHashTable) s = summary_of (topic);
  g_autoptr(GHashTable) g = NULL;

  assert_close (summary_number (s, "norm_v"), COURSE_NORM_V);
  assert_close (summary_number (s, "norm_w"), COURSE_NORM_W);
  assert_close (summary_number (s, "cosine"), COURSE_COSINE);
  assert_close (summary_number (s, "angle_degrees"), COURSE_ANGLE);
  assert_close (summary_number (s, "correlation"), COURSE_R);

  set (topic, "mode", "geometry");
  g = summary_of (topic);
  g_assert_cmpfloat (summary_number (g, "p_dot_q"), ==, PLANE_DOT);
  assert_close (summary_number (g, "cosine_pq"), PLANE_COSINE);
  assert_close (summary_number (g, "angle_pq_degrees"), PLANE_ANGLE);
  assert_close (summary_number (g, "projection"), PLANE_PROJECTION);
  g_assert_cmpfloat (summary_number (g, "p_dot_p"), ==, PLANE_P_DOT_P);
  g_assert_cmpfloat (summary_number (g, "orthogonal"), ==, 0);
}

/* Perpendicular arrows give 0 and 90°; an arrow with itself gives its
 * squared length, in the plane and for long vectors. */
static void
test_orthogonal_and_self (void)
{
  g_autoptr(DlmTopic) topic = dlm_dot_topic_new ();
  g_autoptr(GHashTable) o = NULL, self_dot = NULL, vv = NULL, obtuse = NULL;
  double norm;

  set (topic, "mode", "geometry");
  set (topic, "q", "-1, 3");
  o = summary_of (topic);
  g_assert_cmpfloat (summary_number (o, "p_dot_q"), ==, 0);
  g_assert_cmpfloat (summary_number (o, "orthogonal"), ==, 1);
  assert_close (summary_number (o, "angle_pq_degrees"), 90);

  set (topic, "q", "-3, 0.5");
  obtuse = summary_of (topic);
  g_assert_cmpfloat (summary_number (obtuse, "p_dot_q"), <, 0);
  g_assert_cmpfloat (summary_number (obtuse, "angle_pq_degrees"), >, 90);

  set (topic, "q", "3, 1");
  self_dot = summary_of (topic);
  norm = summary_number (self_dot, "norm_p");
  g_assert_cmpfloat (summary_number (self_dot, "p_dot_q"), ==, summary_number (self_dot, "p_dot_p"));
  assert_close (summary_number (self_dot, "p_dot_q"), norm * norm);
  assert_close (summary_number (self_dot, "angle_pq_degrees"), 0);

  set (topic, "mode", "vector");
  set (topic, "w", "1, 0, 2, 5, -2");
  vv = summary_of (topic);
  g_assert_cmpfloat (summary_number (vv, "dot"), ==, 34);
  assert_close (summary_number (vv, "dot"), COURSE_NORM_V * COURSE_NORM_V);
  assert_close (summary_number (vv, "correlation"), 1);
}

/* No direction, no angle: a zero vector has no cosine; a constant vector
 * has no correlation. The dot product itself is still there. */
static void
test_undefined (void)
{
  g_autoptr(DlmTopic) topic = dlm_dot_topic_new ();
  g_autoptr(GHashTable) zero = NULL, constant = NULL, plane = NULL;

  set (topic, "w", "0, 0, 0, 0, 0");
  zero = summary_of (topic);
  g_assert_cmpfloat (summary_number (zero, "dot"), ==, 0);
  g_assert_false (g_hash_table_contains (zero, "cosine"));
  g_assert_false (g_hash_table_contains (zero, "angle_degrees"));
  g_assert_false (g_hash_table_contains (zero, "correlation"));

  set (topic, "w", "2, 2, 2, 2, 2");
  constant = summary_of (topic);
  g_assert_cmpfloat (summary_number (constant, "dot"), ==, 12);
  g_assert_true (g_hash_table_contains (constant, "cosine"));
  g_assert_false (g_hash_table_contains (constant, "correlation"));

  set (topic, "mode", "geometry");
  set (topic, "q", "0, 0");
  plane = summary_of (topic);
  g_assert_cmpfloat (summary_number (plane, "p_dot_q"), ==, 0);
  g_assert_false (g_hash_table_contains (plane, "cosine_pq"));
  g_assert_false (g_hash_table_contains (plane, "projection"));
}

/* ---- unequal lengths and shapes ----------------------------------------------- */

/* Vectors of different lengths are a state the topic shows, like the
 * course's 5·? slide, but never with a number: no dot key anywhere. */
static void
test_unequal_lengths (void)
{
  g_autoptr(DlmTopic) topic = dlm_dot_topic_new ();
  g_autoptr(GHashTable) s = NULL;
  g_autofree char *csv = NULL, *words = NULL;
  g_auto(GStrv) lines = NULL;

  set (topic, "w", "2, 8, -6");
  s = summary_of (topic);
  g_assert_cmpfloat (summary_number (s, "mismatch"), ==, 1);
  g_assert_cmpfloat (summary_number (s, "n_v"), ==, 5);
  g_assert_cmpfloat (summary_number (s, "n_w"), ==, 3);
  g_assert_false (g_hash_table_contains (s, "dot"));
  g_assert_false (g_hash_table_contains (s, "partial_sum"));
  g_assert_false (g_hash_table_contains (s, "cosine"));
  g_assert_cmpuint (dlm_dot_topic_get_n_pairs (DLM_DOT_TOPIC (topic)), ==, 3);

  csv = dlm_topic_to_csv (topic);
  lines = g_strsplit (csv, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 7);
  g_assert_cmpstr (lines[1], ==, "0,1,1,2,2,");
  g_assert_cmpstr (lines[3], ==, "2,3,2,-6,-12,");
  g_assert_cmpstr (lines[4], ==, "3,4,5,,,");
  g_assert_cmpstr (lines[5], ==, "4,5,-2,,,");

  words = dlm_topic_describe (topic);
  g_assert_nonnull (strstr (words, "v has 5 numbers and w has 3"));
  g_assert_null (strstr (words, "−5"));
}

static void
test_matrix_shapes (void)
{
  g_autoptr(DlmTopic) topic = dlm_dot_topic_new ();
  g_autoptr(GHashTable) s = NULL, wide = NULL;
  g_autofree char *words = NULL, *csv = NULL;

  set (topic, "mode", "matrix");
  set (topic, "b", "1 2 3; 4 5 6");
  s = summary_of (topic);
  g_assert_cmpfloat (summary_number (s, "shape_mismatch"), ==, 1);
  g_assert_cmpfloat (summary_number (s, "rows_b"), ==, 2);
  g_assert_false (g_hash_table_contains (s, "frobenius"));
  words = dlm_topic_describe (topic);
  g_assert_nonnull (strstr (words, "A (3×3)"));
  g_assert_nonnull (strstr (words, "B (2×3)"));
  csv = dlm_topic_to_csv (topic);
  g_assert_nonnull (strstr (csv, "\n6,3,1,1,,,\n"));

  set (topic, "a", "1 0 -1; 2 2 2");
  wide = summary_of (topic);
  /* np.sum(np.array([[1, 0, -1], [2, 2, 2]]) * np.array([[1, 2, 3], [4, 5, 6]])) -> 28 */
  g_assert_cmpfloat (summary_number (wide, "frobenius"), ==, 28);
}

/* ---- data out --------------------------------------------------------------------- */

static void
test_csv_parsed_back (void)
{
  g_autoptr(DlmTopic) topic = dlm_dot_topic_new ();
  g_autofree char *csv = dlm_topic_to_csv (topic), *mcsv = NULL, *gcsv = NULL;
  g_auto(GStrv) lines = g_strsplit (csv, "\n", -1), mlines = NULL, glines = NULL;
  const double v[] = { 1, 0, 2, 5, -2 }, w[] = { 2, 8, -6, 1, 0 };

  /* index as NumPy counts, i as the slides count */
  g_assert_cmpstr (lines[0], ==, "index,i,v,w,product,cumulative");
  for (guint i = 0; i < 5; i++)
    {
      g_auto(GStrv) f = g_strsplit (lines[i + 1], ",", -1);

      g_assert_cmpuint (g_strv_length (f), ==, 6);
      g_assert_cmpfloat (g_ascii_strtod (f[0], NULL), ==, i);
      g_assert_cmpfloat (g_ascii_strtod (f[1], NULL), ==, i + 1);
      g_assert_cmpfloat (g_ascii_strtod (f[2], NULL), ==, v[i]);
      g_assert_cmpfloat (g_ascii_strtod (f[3], NULL), ==, w[i]);
      g_assert_cmpfloat (g_ascii_strtod (f[4], NULL), ==, v[i] * w[i]);
      g_assert_cmpfloat (g_ascii_strtod (f[5], NULL), ==, course_cumulative[i]);
    }
  g_assert_cmpstr (lines[6], ==, "");

  g_assert_true (dlm_topic_set_param (topic, "mode", "matrix", NULL));
  mcsv = dlm_topic_to_csv (topic);
  mlines = g_strsplit (mcsv, "\n", -1);
  g_assert_cmpstr (mlines[0], ==, "index,row,column,a,b,product,cumulative");
  g_assert_cmpstr (mlines[3], ==, "2,1,3,2,6,12,12");
  g_assert_cmpstr (mlines[9], ==, "8,3,3,2,4,8,22");

  g_assert_true (dlm_topic_set_param (topic, "mode", "geometry", NULL));
  gcsv = dlm_topic_to_csv (topic);
  glines = g_strsplit (gcsv, "\n", -1);
  g_assert_cmpstr (glines[0], ==, "index,vector,x,y,length");
  g_assert_cmpstr (glines[1], ==, "0,p,3,1,3.1622776601683795");
  /* the projection of p on q: 6/10 · (1, 3) */
  {
    g_auto(GStrv) f = g_strsplit (glines[3], ",", -1);

    g_assert_cmpstr (f[0], ==, "2");
    g_assert_cmpstr (f[1], ==, "projection");
    assert_close (g_ascii_strtod (f[2], NULL), 0.6);
    assert_close (g_ascii_strtod (f[3], NULL), 1.8);
    assert_close (g_ascii_strtod (f[4], NULL), PLANE_PROJECTION);
  }
}

/* ---- bad input ------------------------------------------------------------------------ */

static void
assert_refused (DlmTopic   *topic,
                const char *key,
                const char *text,
                const char *needle)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = dlm_topic_to_summary (topic), *after = NULL;
  g_autofree char *prefix = g_strconcat (key, ":", NULL);

  if (dlm_topic_set_param (topic, key, text, &error))
    g_error ("%s=%s was accepted", key, text);
  g_assert_error (error, DLM_ERROR, error->code);
  if (!g_str_has_prefix (error->message, prefix) || (needle != NULL && strstr (error->message, needle) == NULL))
    g_error ("%s=%s: message “%s” should name the field and say “%s”", key, text, error->message,
             needle != NULL ? needle : "");
  after = dlm_topic_to_summary (topic);
  g_assert_cmpstr (before, ==, after);
}

static void
test_bad_input (void)
{
  g_autoptr(DlmTopic) topic = dlm_dot_topic_new ();
  g_autoptr(GString) many = g_string_new ("0");
  g_autoptr(GString) big = g_string_new (NULL);
  const char *vectors[] = { "v", "w" }, *matrices[] = { "a", "b" }, *arrows[] = { "p", "q" };

  for (guint i = 0; i < DLM_DOT_MAX_LEN; i++)
    g_string_append (many, ", 1");
  for (guint r = 0; r < 21; r++)
    g_string_append_printf (big, "%s1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20", r > 0 ? "; " : "");
  for (guint k = 0; k < 2; k++)
    {
      assert_refused (topic, vectors[k], "1, abc, 3", "abc");
      assert_refused (topic, vectors[k], "", NULL);
      assert_refused (topic, vectors[k], "1, nan", NULL);
      assert_refused (topic, vectors[k], "inf, 1", NULL);
      assert_refused (topic, vectors[k], many->str, "1000");
      assert_refused (topic, vectors[k], "1, 1e200", "1e100");

      assert_refused (topic, matrices[k], "1 2; 3", NULL);
      assert_refused (topic, matrices[k], "", NULL);
      assert_refused (topic, matrices[k], "1 x; 3 4", "x");
      assert_refused (topic, matrices[k], "1 2; nan 4", NULL);
      assert_refused (topic, matrices[k], big->str, NULL);
      assert_refused (topic, matrices[k], "1 -1e101", "1e100");

      assert_refused (topic, arrows[k], "1", "exactly 2");
      assert_refused (topic, arrows[k], "1, 2, 3", NULL);
      assert_refused (topic, arrows[k], "a, b", NULL);
      assert_refused (topic, arrows[k], "", NULL);
      assert_refused (topic, arrows[k], "inf, 0", NULL);
    }
  assert_refused (topic, "mode", "cube", NULL);
  assert_refused (topic, "step", "-1", NULL);
  assert_refused (topic, "step", "1001", NULL);
  assert_refused (topic, "step", "two", NULL);
}

/* ---- words and pointer ------------------------------------------------------------------ */

static void
test_words (void)
{
  g_autoptr(DlmTopic) topic = dlm_dot_topic_new ();
  const char *modes[] = { "vector", "matrix", "geometry" };
  const char *needles[] = { "is −5", "add up to 22", "product is 6" };

  for (guint k = 0; k < G_N_ELEMENTS (modes); k++)
    {
      g_autofree char *words = NULL, *formula = NULL, *explanation = NULL;

      set (topic, "mode", modes[k]);
      words = dlm_topic_describe (topic);
      formula = dlm_topic_get_formula (topic);
      explanation = dlm_topic_get_explanation (topic);
      if (strstr (words, needles[k]) == NULL)
        g_error ("%s: “%s” does not say “%s”", modes[k], words, needles[k]);
      g_assert_cmpuint (strlen (formula), >, 10);
      g_assert_cmpuint (strlen (explanation), >, 80);
    }
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

/* Where the probe reports an arrow's tip, scanning the figure. */
static gboolean
find_tip (DlmTopic   *topic,
          const char *name,
          double     *x,
          double     *y)
{
  g_autofree char *prefix = g_strconcat (name, " = (", NULL);

  for (double py = 0; py < GOLDEN_H; py += 6)
    for (double px = 0; px < GOLDEN_W; px += 6)
      {
        DlmProbe probe = { 0 };
        gboolean hit = dlm_topic_probe (topic, px, py, &probe) && g_str_has_prefix (probe.text, prefix);

        *x = probe.x;
        *y = probe.y;
        dlm_probe_clear (&probe);
        if (hit)
          return TRUE;
      }
  return FALSE;
}

static void
test_probe (void)
{
  g_autoptr(DlmTopic) topic = dlm_dot_topic_new ();
  cairo_surface_t *surface = render (topic);
  DlmProbe probe = { 0 };
  gboolean found = FALSE;

  for (double px = 0; px < GOLDEN_W && !found; px += 2)
    if (dlm_topic_probe (topic, px, GOLDEN_H * 0.75, &probe))
      {
        found = TRUE;
        g_assert_cmpstr (probe.text, ==, "v1 = 1, w1 = 2: product 2, running sum 2");
        dlm_probe_clear (&probe);
      }
  g_assert_true (found);
  g_assert_false (dlm_topic_probe (topic, 1, 1, &probe));
  cairo_surface_destroy (surface);
}

/* Dragging p's tip moves p (on a 0.1 grid) and leaves q; a press away from
 * both tips, or in another mode, is not a drag. */
static void
test_drag (void)
{
  g_autoptr(DlmTopic) topic = dlm_dot_topic_new ();
  cairo_surface_t *surface = render (topic);
  g_autoptr(GHashTable) s = NULL;
  g_autofree char *p = NULL, *q = NULL, *q_after = NULL;
  double x = 0, y = 0, px, py;
  char *end;

  g_assert_false (dlm_topic_drag (topic, DLM_DRAG_BEGIN, GOLDEN_W / 2.0, GOLDEN_H / 2.0, NULL));
  cairo_surface_destroy (surface);
  set (topic, "mode", "geometry");
  surface = render (topic);
  q = dlm_topic_get_param_text (topic, "q");
  g_assert_true (find_tip (topic, "p", &x, &y));
  g_assert_false (dlm_topic_drag (topic, DLM_DRAG_BEGIN, x - 80, y + 80, NULL));
  g_assert_true (dlm_topic_drag (topic, DLM_DRAG_BEGIN, x + 3, y - 2, NULL));
  g_assert_true (dlm_topic_drag (topic, DLM_DRAG_UPDATE, x - 20, y - 20, NULL));
  g_assert_true (dlm_topic_drag (topic, DLM_DRAG_END, x - 40, y - 60, NULL));
  g_assert_false (dlm_topic_drag (topic, DLM_DRAG_UPDATE, x, y, NULL));

  p = dlm_topic_get_param_text (topic, "p");
  px = g_ascii_strtod (p, &end);
  g_assert_cmpint (*end, ==, ',');
  py = g_ascii_strtod (end + 1, NULL);
  g_assert_cmpfloat (px, <, 3);
  g_assert_cmpfloat (py, >, 1);
  assert_close (px * 10, round (px * 10));
  q_after = dlm_topic_get_param_text (topic, "q");
  g_assert_cmpstr (q, ==, q_after);
  s = summary_of (topic);
  assert_close (summary_number (s, "p_dot_q"), px * 1 + py * 3);
  cairo_surface_destroy (surface);
}

/* ---- the figures ----------------------------------------------------------------------------- */

static DlmTopic *
dot_with (const char *const *assignments)
{
  g_autoptr(DlmTopic) topic = dlm_dot_topic_new ();
  g_autoptr(GError) error = NULL;

  if (!dlm_topic_apply (topic, assignments, &error))
    g_error ("refused: %s", error->message);
  return g_steal_pointer (&topic);
}

/* The chart's colours have a legend; the y axis is labelled as an axis,
 * not as a stand-in for the legend. */
static void
test_vector_legend (void)
{
  g_autoptr(DlmTopic) topic = dot_with ((const char *[]) { "step=3", NULL });
  g_autoptr(GPtrArray) texts = figure_texts (topic, DLM_THEME_LIGHT, 1366, 768);

  g_assert_true (texts_contain (texts, "positive product"));
  g_assert_true (texts_contain (texts, "negative product"));
  g_assert_true (texts_contain (texts, "not added yet"));
  g_assert_true (texts_contain (texts, "the product just added"));
  g_assert_true (texts_contain (texts, "running sum Σ"));
  g_assert_true (texts_contain (texts, "value"));
  g_assert_false (texts_contain (texts, "bars"));
  /* numbers are multiplied with ×, the dot is the dot product's own */
  g_assert_true (texts_contain (texts, "v · w = 1×2 + 0×8 + 2×(−6) + 5×1 + (−2)×0 = −5"));
}

/* Wide numbers are grouped by thousands or written in powers of ten,
 * never in e notation. */
static void
test_no_e_notation (void)
{
  g_autoptr(DlmTopic) topic = dot_with ((const char *[]) {
    "v=12345678, -23456789, 3", "w=-1, 2, 34567890", "step=2", NULL });
  g_autoptr(GPtrArray) texts = figure_texts (topic, DLM_THEME_LIGHT, 1366, 768);

  g_assert_true (texts_contain (texts, "× 10"));
  /* exact integers in full, grouped by thousands like the axes' numbers */
  g_assert_true (texts_contain (texts, "12\u202f345\u202f678"));
  g_assert_true (texts_contain (texts, "−46\u202f913\u202f578"));
  for (guint i = 0; i < texts->len; i++)
    {
      const char *text = g_ptr_array_index (texts, i);

      g_assert_null (strstr (text, "e-0"));
      g_assert_null (strstr (text, "e+"));
    }
}

/* Below the three grids, the Frobenius product as what it is: the dot
 * product of the matrices read row by row, bar by bar, summing to 22. */
static void
test_matrix_products_chart (void)
{
  g_autoptr(DlmTopic) topic = dot_with ((const char *[]) { "mode=matrix", NULL });

  for (DlmThemeKind theme = DLM_THEME_LIGHT; theme <= DLM_THEME_PROJECTOR; theme++)
    {
      g_autoptr(GPtrArray) texts = figure_texts (topic, theme, 800, 600);

      g_assert_true (texts_contain (texts, "⟨A, B⟩F = 22"));
      g_assert_true (texts_contain (texts, "(3, 3)"));
      g_assert_true (texts_contain (texts, "running sum Σ"));
    }
}

static void
pixel_at (cairo_surface_t *surface,
          double           x,
          double           y,
          double           rgb[3])
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  const guint8 *px = data + (int) y * cairo_image_surface_get_stride (surface) + (int) x * 4;

  rgb[0] = px[2] / 255.0;
  rgb[1] = px[1] / 255.0;
  rgb[2] = px[0] / 255.0;
}

static gboolean
is_color (const double rgb[3], const DlmColor *c)
{
  return fabs (rgb[0] - c->red) < 0.08 && fabs (rgb[1] - c->green) < 0.08 && fabs (rgb[2] - c->blue) < 0.08;
}

/* The projection of p on q runs alongside q, on the side away from p: q's
 * shaft keeps its own colour, and 9 px beside it is the projection. No
 * drag handles and no "drag" hint are part of the figure. */
static void
test_projection_beside_q (void)
{
  g_autoptr(DlmTopic) topic = dot_with ((const char *[]) { "mode=geometry", "p=3, 1", "q=1, 3", NULL });
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1366, 768);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(GPtrArray) texts = figure_texts (topic, DLM_THEME_LIGHT, 1366, 768);
  DlmProbe tip_p = { 0 }, tip_q = { 0 };
  DlmTheme theme;
  double s, ox, oy, mx, my, off, rgb[3];

  dlm_theme_init (&theme, DLM_THEME_LIGHT, dlm_theme_auto_scale (1366, 768));
  dlm_topic_render (topic, cr, &theme, 1366, 768);
  cairo_surface_flush (surface);
  g_assert_true (dlm_topic_get_point (topic, 0, &tip_p));
  g_assert_true (dlm_topic_get_point (topic, 1, &tip_q));
  /* p = (3, 1), q = (1, 3) on equal axes: the origin and the scale */
  s = (tip_p.x - tip_q.x) / 2;
  ox = tip_q.x - s;
  oy = tip_q.y + 3 * s;
  /* the middle of q's shaft up to the foot of the projection, (0.3, 0.9) */
  mx = ox + 0.3 * s;
  my = oy - 0.9 * s;
  pixel_at (surface, mx, my, rgb);
  g_assert_true (is_color (rgb, &theme.series[1]));
  /* 9 px along q's normal away from p: (−3, 1)/√10 in data, y down in px */
  off = dlm_theme_px (&theme, 9);
  pixel_at (surface, mx - 3 / sqrt (10) * off, my - 1 / sqrt (10) * off, rgb);
  g_assert_true (is_color (rgb, &theme.series[2]));
  g_assert_false (texts_contain (texts, "Drag"));
  dlm_probe_clear (&tip_p);
  dlm_probe_clear (&tip_q);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* ---- convolution ------------------------------------------------------------------------- */

/* The sliding dot products are np.correlate's, bit for bit; flipped, np.convolve's:
 *   /usr/bin/python3 -c "import numpy as np; x=np.array([1,1,1,4,4,4,1,1.]); k=np.array([1,0,-1.]);
 *     print(np.correlate(x,k,'valid').tolist(), np.convolve(x,k,'valid').tolist())"
 *   -> [0.0, -3.0, -3.0, 0.0, 3.0, 3.0] [0.0, 3.0, 3.0, 0.0, -3.0, -3.0]
 *   /usr/bin/python3 -c "import numpy as np; x=np.array([0.5,-2,3.25,7,1e3,-0.125]);
 *     k=np.array([0.1,0.2,0.3,0.4]); print([repr(v) for v in np.correlate(x,k,'valid')],
 *     [repr(v) for v in np.convolve(x,k,'valid')])"
 *   -> ['3.4250000000000003', '402.55', '301.675'] ['0.9500000000000002', '101.575', '203.38750000000002'] */
static void
test_slide_numpy (void)
{
  const double x[] = { 1, 1, 1, 4, 4, 4, 1, 1 }, k[] = { 1, 0, -1 };
  const double correlate[] = { 0, -3, -3, 0, 3, 3 }, convolve[] = { 0, 3, 3, 0, -3, -3 };
  const double x2[] = { 0.5, -2, 3.25, 7, 1e3, -0.125 }, k2[] = { 0.1, 0.2, 0.3, 0.4 };
  const double correlate2[] = { 3.4250000000000003, 402.55, 301.675 };
  const double convolve2[] = { 0.9500000000000002, 101.575, 203.38750000000002 };
  const double avg[] = { 0.25, 0.5, 0.25 };
  g_autofree double *c = dlm_dot_slide (x, 8, k, 3, FALSE), *f = dlm_dot_slide (x, 8, k, 3, TRUE);
  g_autofree double *c2 = dlm_dot_slide (x2, 6, k2, 4, FALSE), *f2 = dlm_dot_slide (x2, 6, k2, 4, TRUE);

  g_assert_cmpuint (dlm_dot_slide_length (8, 3), ==, 6);
  g_assert_cmpuint (dlm_dot_slide_length (3, 3), ==, 1);
  g_assert_cmpuint (dlm_dot_slide_length (2, 3), ==, 0);
  g_assert_null (dlm_dot_slide (x, 2, k, 3, FALSE));
  for (guint i = 0; i < 6; i++)
    {
      g_assert_cmpfloat (c[i], ==, correlate[i]);
      g_assert_cmpfloat (f[i], ==, convolve[i]);
    }
  for (guint i = 0; i < 3; i++)
    {
      g_assert_cmpfloat (c2[i], ==, correlate2[i]);
      g_assert_cmpfloat (f2[i], ==, convolve2[i]);
    }
  g_assert_false (dlm_dot_is_palindrome (k, 3));
  g_assert_true (dlm_dot_is_palindrome (avg, 3));
  g_assert_true (dlm_dot_is_palindrome (k, 1));
}

static void
test_convolution_view (void)
{
  g_autoptr(DlmTopic) topic = dlm_dot_topic_new ();
  g_autoptr(GHashTable) all = NULL, two = NULL, none = NULL;
  g_autofree char *csv = NULL, *csv2 = NULL, *words = NULL, *formula = NULL, *explain = NULL;
  g_auto(GStrv) lines = NULL;

  set (topic, "mode", "convolution");
  g_assert_cmpuint (dlm_dot_topic_get_n_steps (DLM_DOT_TOPIC (topic)), ==, 6);
  all = summary_of (topic);
  g_assert_cmpfloat (summary_number (all, "n_signal"), ==, 8);
  g_assert_cmpfloat (summary_number (all, "n_kernel"), ==, 3);
  g_assert_cmpfloat (summary_number (all, "n_outputs"), ==, 6);
  g_assert_cmpfloat (summary_number (all, "outputs_shown"), ==, 6);
  g_assert_cmpfloat (summary_number (all, "window_start"), ==, 5);
  g_assert_cmpfloat (summary_number (all, "current_output"), ==, 3);
  g_assert_cmpfloat (summary_number (all, "kernel_palindrome"), ==, 0);
  csv = dlm_topic_to_csv (topic);
  lines = g_strsplit (csv, "\n", -1);
  g_assert_cmpstr (lines[0], ==, "index,output,product_0,product_1,product_2");
  g_assert_cmpstr (lines[1], ==, "0,0,1,0,-1");
  g_assert_cmpstr (lines[2], ==, "1,-3,1,0,-4");
  g_assert_cmpstr (lines[6], ==, "5,3,4,0,-1");
  g_assert_cmpstr (lines[7], ==, "");
  formula = dlm_topic_get_formula (topic);
  g_assert_nonnull (strstr (formula, "8 − 3"));
  g_assert_nonnull (strstr (formula, "6 outputs"));
  explain = dlm_topic_get_explanation (topic);
  g_assert_nonnull (strstr (explain, "[0, 3, 3, 0, −3, −3]"));

  /* frame 2: two outputs, the kernel over x[1] … x[3] */
  set (topic, "step", "2");
  two = summary_of (topic);
  g_assert_cmpfloat (summary_number (two, "outputs_shown"), ==, 2);
  g_assert_cmpfloat (summary_number (two, "window_start"), ==, 1);
  g_assert_cmpfloat (summary_number (two, "current_output"), ==, -3);
  csv2 = dlm_topic_to_csv (topic);
  g_assert_cmpstr (csv2, ==, "index,output,product_0,product_1,product_2\n0,0,1,0,-1\n1,-3,1,0,-4\n");
  words = dlm_topic_describe (topic);
  g_assert_nonnull (strstr (words, "Step 2 of 6"));
  g_assert_nonnull (strstr (words, "y[1] = 1×1 + 1×0 + 4×(−1) = −3"));
  g_assert_nonnull (strstr (words, "8 − 3 + 1 = 6"));

  set (topic, "step", "0");
  none = summary_of (topic);
  g_assert_cmpfloat (summary_number (none, "outputs_shown"), ==, 0);
  g_assert_false (g_hash_table_contains (none, "current_output"));

  /* a symmetric kernel: np.convolve agrees, and the words say so */
  set (topic, "kernel", "0.25, 0.5, 0.25");
  g_clear_pointer (&explain, g_free);
  explain = dlm_topic_get_explanation (topic);
  g_assert_nonnull (strstr (explain, "same numbers"));
}

/* A kernel longer than the signal fits no window: refused whichever field
 * made it so, naming that field and what is accepted; the state stays. */
static void
test_convolution_errors (void)
{
  g_autoptr(DlmTopic) topic = dlm_dot_topic_new ();
  g_autoptr(GError) e1 = NULL, e2 = NULL, e3 = NULL;
  g_autofree char *kernel = NULL, *signal = NULL;

  set (topic, "mode", "convolution");
  g_assert_false (dlm_topic_set_param (topic, "kernel", "1, 2, 3, 4, 5, 6, 7, 8, 9", &e1));
  g_assert_error (e1, DLM_ERROR, DLM_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (e1->message, "kernel: "));
  g_assert_nonnull (strstr (e1->message, "9 numbers and the signal 8"));
  g_assert_nonnull (strstr (e1->message, "accepted"));
  g_assert_false (dlm_topic_set_param (topic, "signal", "1, 2", &e2));
  g_assert_true (g_str_has_prefix (e2->message, "signal: "));
  g_assert_false (dlm_topic_set_param (topic, "kernel", "1, x", &e3));
  g_assert_true (g_str_has_prefix (e3->message, "kernel"));
  kernel = dlm_topic_get_param_text (topic, "kernel");
  signal = dlm_topic_get_param_text (topic, "signal");
  g_assert_cmpstr (kernel, ==, "1, 0, -1");
  g_assert_cmpstr (signal, ==, "1, 1, 1, 4, 4, 4, 1, 1");
  /* as long as the signal: one window, one output */
  set (topic, "kernel", "1, 1, 1, 1, 1, 1, 1, 1");
  g_assert_cmpuint (dlm_dot_topic_get_n_steps (DLM_DOT_TOPIC (topic)), ==, 1);
}

/* Frame k of the animation is step=k: the headline names the step and the
 * output it computed; the cursor visits the outputs computed so far. */
static void
test_convolution_frames (void)
{
  for (guint k = 0; k <= 6; k++)
    {
      g_autofree char *step = g_strdup_printf ("step=%u", k);
      const char *const assignments[] = { "mode=convolution", step, NULL };
      g_autoptr(DlmTopic) topic = topic_applied ("dot", assignments);
      g_autoptr(GPtrArray) texts = figure_texts (topic, DLM_THEME_LIGHT, 1366, 768);
      g_autofree char *headline = g_strdup_printf ("Step %u of 6", k);
      guint row_length = 0;

      g_assert_true (texts_contain (texts, headline));
      g_assert_true (texts_contain (texts, "np.convolve"));
      g_assert_cmpuint (dlm_topic_count_points (topic, &row_length), ==, k);
      if (k == 2)
        {
          DlmProbe point = { 0 }, probe = { 0 };

          /* the cursor reads the output with its sum, the pointer the same at its bar */
          g_assert_true (dlm_topic_get_point (topic, 1, &point));
          g_assert_nonnull (strstr (point.text, "y[1] = 1×1 + 1×0 + 4×(−1) = −3"));
          g_assert_true (dlm_topic_probe (topic, point.x, point.y, &probe));
          g_assert_nonnull (strstr (probe.text, "y[1] = "));
          dlm_probe_clear (&point);
          dlm_probe_clear (&probe);
        }
    }
}

/* ---- golden images ------------------------------------------------------------------------ */

static const DlmGolden goldens[] = {
  { "dot-vector-light", dlm_dot_topic_get_type, { NULL }, DLM_THEME_LIGHT },
  { "dot-vector-dark", dlm_dot_topic_get_type, { "step=3", NULL }, DLM_THEME_DARK },
  { "dot-vector-projector", dlm_dot_topic_get_type, { NULL }, DLM_THEME_PROJECTOR },
  { "dot-unequal-light", dlm_dot_topic_get_type, { "w=2, 8, -6", NULL }, DLM_THEME_LIGHT },
  { "dot-matrix-light", dlm_dot_topic_get_type, { "mode=matrix", NULL }, DLM_THEME_LIGHT },
  { "dot-matrix-dark", dlm_dot_topic_get_type, { "mode=matrix", NULL }, DLM_THEME_DARK },
  { "dot-matrix-projector", dlm_dot_topic_get_type, { "mode=matrix", "b=1 2 3; 4 5 6", NULL },
    DLM_THEME_PROJECTOR },
  { "dot-geometry-light", dlm_dot_topic_get_type, { "mode=geometry", NULL }, DLM_THEME_LIGHT },
  { "dot-geometry-dark", dlm_dot_topic_get_type, { "mode=geometry", "q=-1, 3", NULL }, DLM_THEME_DARK },
  { "dot-geometry-projector", dlm_dot_topic_get_type, { "mode=geometry", "q=-3, 0.5", NULL },
    DLM_THEME_PROJECTOR },
  { "dot-convolution-light", dlm_dot_topic_get_type, { "mode=convolution", "step=2", NULL }, DLM_THEME_LIGHT },
  { "dot-convolution-dark", dlm_dot_topic_get_type, { "mode=convolution", NULL }, DLM_THEME_DARK },
  { "dot-convolution-projector", dlm_dot_topic_get_type,
    { "mode=convolution", "kernel=0.25, 0.5, 0.25", "step=4", NULL }, DLM_THEME_PROJECTOR },
};

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/topics/dot/course-vectors", test_course_vectors);
  g_test_add_func ("/topics/dot/course-matrices", test_course_matrices);
  g_test_add_func ("/topics/dot/steps", test_steps);
  g_test_add_func ("/topics/dot/numpy", test_numpy);
  g_test_add_func ("/topics/dot/orthogonal-and-self", test_orthogonal_and_self);
  g_test_add_func ("/topics/dot/undefined", test_undefined);
  g_test_add_func ("/topics/dot/unequal-lengths", test_unequal_lengths);
  g_test_add_func ("/topics/dot/matrix-shapes", test_matrix_shapes);
  g_test_add_func ("/topics/dot/csv-parsed-back", test_csv_parsed_back);
  g_test_add_func ("/topics/dot/bad-input", test_bad_input);
  g_test_add_func ("/topics/dot/words", test_words);
  g_test_add_func ("/topics/dot/probe", test_probe);
  g_test_add_func ("/topics/dot/drag", test_drag);
  g_test_add_func ("/topics/dot/figure/vector-legend", test_vector_legend);
  g_test_add_func ("/topics/dot/figure/no-e-notation", test_no_e_notation);
  g_test_add_func ("/topics/dot/figure/matrix-products-chart", test_matrix_products_chart);
  g_test_add_func ("/topics/dot/figure/projection-beside-q", test_projection_beside_q);
  g_test_add_func ("/topics/dot/slide-numpy", test_slide_numpy);
  g_test_add_func ("/topics/dot/convolution/view", test_convolution_view);
  g_test_add_func ("/topics/dot/convolution/errors", test_convolution_errors);
  g_test_add_func ("/topics/dot/convolution/frames", test_convolution_frames);
  dlm_golden_add_tests ("/topics/dot/golden/", goldens, G_N_ELEMENTS (goldens));
  return g_test_run ();
}
