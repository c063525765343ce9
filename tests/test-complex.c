/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "dlm-complex-topic.h"
#include "dlm-error.h"
#include "dlm-layout.h"
#include "dlm-life.h"
#include "dlm-lorenz.h"
#include "dlm-parse.h"
#include "dlm-quiz-private.h"
#include "dlm-svd.h"
#include "golden.h"
#include "topic-test.h"

static double
summary_value (DlmTopic   *topic,
               const char *key)
{
  g_autofree char *summary = dlm_topic_to_summary (topic);
  g_autofree char *needle = g_strconcat (key, "=", NULL);
  const char *at = strstr (summary, needle);

  if (at == NULL || (at != summary && at[-1] != '\n'))
    g_error ("no %s in summary:\n%s", key, summary);
  return g_ascii_strtod (at + strlen (needle), NULL);
}

/* ---- SVD ------------------------------------------------------------------ */

static gsl_matrix *
matrix_of (const double *values,
           guint         rows,
           guint         cols)
{
  gsl_matrix *m = gsl_matrix_alloc (rows, cols);

  memcpy (m->data, values, sizeof (double) * rows * cols);
  return m;
}

/* Against NumPy, both when the matrix is wider than tall (decomposed as
 * Aᵀ) and when it is taller:
 *   np.linalg.svd(np.array([[3,1,1],[-1,3,1]], float), compute_uv=False)
 *   → [3.4641016151377553, 3.1622776601683795]  (√12, √10)
 *   np.linalg.svd(np.array([[1,2],[3,4],[5,6]], float), compute_uv=False)
 *   → [9.525518091565107, 0.5143005806586443] */
static void
test_svd_numpy (void)
{
  const struct { double a[6]; guint rows, cols; double s[2]; } cases[] = {
    { { 3, 1, 1, -1, 3, 1 }, 2, 3, { 3.4641016151377553, 3.1622776601683795 } },
    { { 1, 2, 3, 4, 5, 6 }, 3, 2, { 9.525518091565107, 0.5143005806586443 } },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(gsl_matrix) a = matrix_of (cases[c].a, cases[c].rows, cases[c].cols);
      g_autoptr(DlmSvd) svd = dlm_svd_compute (a, NULL);
      g_autoptr(gsl_matrix) full = NULL;

      g_assert_cmpuint (svd->rank, ==, 2);
      for (guint i = 0; i < 2; i++)
        g_assert_cmpfloat_with_epsilon (gsl_vector_get (svd->s, i), cases[c].s[i], 1e-13);
      full = dlm_svd_reconstruct (svd, 2);
      g_assert_cmpuint (full->size1, ==, cases[c].rows);
      g_assert_cmpuint (full->size2, ==, cases[c].cols);
      g_assert_cmpfloat (dlm_svd_frobenius_distance (a, full), <, 1e-12);
      /* energy: s₁² / (s₁² + s₂²) */
      g_assert_cmpfloat_with_epsilon (dlm_svd_energy_kept (svd, 1),
                                      pow (cases[c].s[0], 2) / (pow (cases[c].s[0], 2) + pow (cases[c].s[1], 2)),
                                      1e-14);
      g_assert_cmpfloat (dlm_svd_energy_kept (svd, 2), ==, 1);
    }
}

/* Eckart–Young: ‖A − A_k‖_F² = Σ_{i>k} s_i², so the error falls with k
 * and reaches rounding noise at full rank. */
static void
test_svd_error_falls (void)
{
  g_autoptr(DlmTopic) topic = dlm_complex_topic_new ();
  guint limit = dlm_complex_topic_get_rank_limit (DLM_COMPLEX_TOPIC (topic));
  double last = INFINITY;

  g_assert_cmpuint (limit, ==, 48);
  for (guint k = 1; k <= limit; k++)
    {
      g_autofree char *value = g_strdup_printf ("%u", k);
      double error, energy;

      g_assert_true (dlm_topic_set_param (topic, "rank", value, NULL));
      error = summary_value (topic, "frobenius_error");
      energy = summary_value (topic, "energy_kept");
      g_assert_cmpfloat (error, <=, last + 1e-9);
      g_assert_cmpfloat (energy, >, 0.9);
      g_assert_cmpfloat (energy, <=, 1 + 1e-15);
      last = error;
    }
  /* the picture's entries are up to 255 and there are 3072: ~0 */
  g_assert_cmpfloat (last, <, 1e-9);
  g_assert_cmpfloat_with_epsilon (summary_value (topic, "energy_kept"), 1, 1e-15);
}

static void
test_spectral_csv (void)
{
  g_autoptr(DlmTopic) topic = dlm_complex_topic_new ();
  g_autofree char *csv = dlm_topic_to_csv (topic);
  g_auto(GStrv) lines = g_strsplit (csv, "\n", -1);
  double last_s = INFINITY, last_e = 0;

  g_assert_cmpstr (lines[0], ==, "index,k,singular_value,energy_fraction");
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 48 + 1);
  for (guint i = 1; i <= 48; i++)
    {
      g_auto(GStrv) f = g_strsplit (lines[i], ",", 4);
      double s = g_ascii_strtod (f[2], NULL), e = g_ascii_strtod (f[3], NULL);

      /* NumPy's index from 0, the slides' k from 1 */
      g_assert_cmpint (atoi (f[0]), ==, i - 1);
      g_assert_cmpint (atoi (f[1]), ==, i);
      g_assert_cmpfloat (s, <=, last_s);
      g_assert_cmpfloat (e, >=, last_e);
      last_s = s;
      last_e = e;
    }
  g_assert_cmpfloat_with_epsilon (last_e, 1, 1e-15);
}

/* ---- Lorenz --------------------------------------------------------------- */

/* The reference, computed once with SciPy:
 *   f = lambda t,u: [10*(u[1]-u[0]), u[0]*(28-u[2])-u[1], u[0]*u[1]-8/3*u[2]]
 *   solve_ivp(f, (0, 2), [1, 1, 1], method='DOP853', rtol=1e-12, atol=1e-12,
 *             t_eval=[1, 2]).y.T */
static void
test_lorenz_reference (void)
{
  const double at1[] = { -9.378570010927172, -8.357033788424914, 29.362325337375633 };
  const double at2[] = { -8.173499932238006, -9.562023686796772, 24.620702049672623 };
  DlmLorenzSetup setup;
  g_autoptr(DlmLorenzRun) run = NULL;
  g_autoptr(GError) error = NULL;

  dlm_lorenz_setup_init (&setup);
  setup.t_end = 2;
  run = dlm_lorenz_integrate (&setup, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (run->n, ==, 201);
  g_assert_cmpfloat_with_epsilon (run->t[100], 1, 1e-12);
  g_assert_cmpfloat_with_epsilon (run->t[200], 2, 1e-12);
  for (guint c = 0; c < 3; c++)
    {
      g_assert_cmpfloat_with_epsilon (run->a[3 * 100 + c], at1[c], 1e-6);
      g_assert_cmpfloat_with_epsilon (run->a[3 * 200 + c], at2[c], 1e-6);
    }
  /* 1 + 10⁻⁹ is not exact in binary: off by 8·10⁻¹⁷ */
  g_assert_cmpfloat_with_epsilon (run->distance[0], 1e-9, 1e-15);
}

/* Sensitive dependence: 10⁻⁹ apart at the start, of the attractor's size
 * (over 1) by t = 40, and far larger at t = 30 than at t = 10. */
static void
test_distance_grows (void)
{
  g_autoptr(DlmTopic) topic = topic_applied ("complex", (const char *[]) { "view=lorenz", NULL });
  g_autoptr(DlmTopic) early = topic_applied ("complex", (const char *[]) { "view=lorenz", "progress=0.25", NULL });
  g_autoptr(DlmTopic) later = topic_applied ("complex", (const char *[]) { "view=lorenz", "progress=0.75", NULL });

  g_assert_cmpfloat (summary_value (topic, "final_distance"), >, 1);
  g_assert_cmpfloat (summary_value (early, "final_distance"), <, 1e-6);
  g_assert_cmpfloat (summary_value (later, "final_distance"), >,
                     1e3 * summary_value (early, "final_distance"));
  g_assert_cmpfloat (summary_value (early, "t"), ==, 10);
}

static void
test_lorenz_csv (void)
{
  g_autoptr(DlmTopic) topic = topic_applied ("complex", (const char *[]) { "view=lorenz", "t-end=1", "progress=0.5", NULL });
  g_autofree char *csv = dlm_topic_to_csv (topic);
  g_auto(GStrv) lines = g_strsplit (csv, "\n", -1);
  g_auto(GStrv) first = g_strsplit (lines[1], ",", -1);

  g_assert_cmpstr (lines[0], ==, "index,t,x,y,z,x2,y2,z2,distance");
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 51 + 1);
  g_assert_cmpstr (lines[1], ==, "0,0,1,1,1,1.0000000010000001,1,1,1.000000082740371e-09");
  g_assert_true (g_str_has_prefix (lines[51], "50,0.5,"));
  g_assert_cmpuint (g_strv_length (first), ==, 9);
}

static void
test_bad_input (void)
{
  g_autoptr(DlmTopic) topic = topic_applied ("complex", (const char *[]) { "view=lorenz", NULL });
  g_autofree char *before = dlm_topic_to_csv (topic);
  const struct { const char *key, *value, *needle; } bad[] = {
    { "view", "pie", "spectral|lorenz" },
    { "rank", "0", "too small" },
    { "rank", "49", "48" },
    { "rank", "2.5", "whole number" },
    { "rank", "many", "rank" },
    { "sigma", "x", "not a number" },
    { "sigma", "nan", "sigma" },
    { "sigma", "inf", "sigma" },
    { "sigma", "2e6", "too large" },
    { "rho", "", "rho" },
    { "rho", "1e7", "too large" },
    { "beta", "b", "not a number" },
    { "beta", "-1e9", "too small" },
    { "start", "1, 1", "exactly 3" },
    { "start", "1, 1, 1, 1", "start" },
    { "start", "", "start" },
    { "start", "1, x, 1", "start" },
    { "start", "1, nan, 1", "start" },
    { "start", "1, 1, 2e6", "start" },
    { "epsilon", "0", "greater than 0" },
    { "epsilon", "2", "too large" },
    { "epsilon", "tiny", "not a number" },
    { "t-end", "0", "0.01 to 200" },
    { "t-end", "201", "too large" },
    { "t-end", "inf", "t-end" },
    { "progress", "1.5", "too large" },
    { "progress", "-0.1", "too small" },
    { "projection", "yz", "xz|3d" },
    { "yaw", "181", "too large" },
    { "pitch", "91", "too large" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *after = NULL;

      g_assert_false (dlm_topic_set_param (topic, bad[i].key, bad[i].value, &error));
      g_assert_error (error, DLM_ERROR, error->code);
      if (strstr (error->message, bad[i].needle) == NULL || strstr (error->message, bad[i].key) == NULL)
        g_error ("%s=%s: message “%s” lacks “%s”", bad[i].key, bad[i].value, error->message, bad[i].needle);
      after = dlm_topic_to_csv (topic);
      g_assert_cmpstr (after, ==, before);
    }
}

/* The core's own limits, each refused with its field's name. */
static void
test_lorenz_limits (void)
{
  for (guint i = 0; i < 6; i++)
    {
      DlmLorenzSetup s;
      g_autoptr(GError) error = NULL;
      const char *field[] = { "rel-tol", "abs-tol", "dt", "t-end", "t-end", "epsilon" };

      dlm_lorenz_setup_init (&s);
      switch (i)
        {
        case 0: s.rel_tol = 1e-16; break;
        case 1: s.abs_tol = 0.1; break;
        case 2: s.dt = 1e-6; break;
        case 3: s.t_end = 250; break;
        case 4: s.dt = 1e-4; s.t_end = 100; break;   /* 10⁶ points */
        default: s.epsilon = NAN; break;
        }
      g_assert_false (dlm_lorenz_check (&s, &error));
      g_assert_nonnull (strstr (error->message, field[i]));
      g_assert_null (dlm_lorenz_integrate (&s, NULL, NULL, NULL));
    }
}

/* A solution that runs off to infinity ends with a message, not a hang. */
static void
test_lorenz_blow_up (void)
{
  DlmLorenzSetup s;
  g_autoptr(GError) error = NULL;
  g_autoptr(DlmTopic) topic = topic_applied ("complex", (const char *[]) { "view=lorenz", "beta=-5", "t-end=10", NULL });
  g_autofree char *words = dlm_topic_describe (topic);
  g_autofree char *csv = dlm_topic_to_csv (topic);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 400, 300);
  cairo_t *cr = cairo_create (surface);
  DlmTheme theme;

  dlm_lorenz_setup_init (&s);
  s.beta = -5;
  s.t_end = 10;
  g_assert_null (dlm_lorenz_integrate (&s, NULL, NULL, &error));
  g_assert_error (error, DLM_ERROR, DLM_ERROR_RANGE);
  g_assert_nonnull (strstr (error->message, "infinity"));
  /* the topic draws the notice, writes no numbers but where it blew up,
   * and says what happened */
  dlm_theme_init (&theme, DLM_THEME_LIGHT, 1);
  dlm_topic_render (topic, cr, &theme, 400, 300);
  g_assert_cmpstr (csv, ==, "");
  g_assert_nonnull (strstr (words, "near t = "));
  g_assert_nonnull (strstr (words, "β = −5"));
  g_assert_null (strstr (words, "being integrated"));
  g_assert_cmpfloat (summary_value (topic, "blow_up_t"), >, 0);
  g_assert_cmpfloat (summary_value (topic, "blow_up_t"), <, 10);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* Dragging the 3-D view turns it; the flat view does not take drags. */
static void
test_drag_turns (void)
{
  g_autoptr(DlmTopic) topic = topic_applied ("complex", (const char *[]) { "view=lorenz", "projection=3d", NULL });
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 800, 450);
  cairo_t *cr = cairo_create (surface);
  DlmTheme theme;
  g_autoptr(GError) error = NULL;
  g_autofree char *yaw = NULL, *pitch = NULL;

  dlm_theme_init (&theme, DLM_THEME_LIGHT, 1);
  dlm_topic_render (topic, cr, &theme, 800, 450);
  g_assert_true (dlm_topic_drag (topic, DLM_DRAG_BEGIN, 200, 200, &error));
  g_assert_true (dlm_topic_drag (topic, DLM_DRAG_UPDATE, 220, 210, &error));
  g_assert_true (dlm_topic_drag (topic, DLM_DRAG_END, 240, 180, &error));
  g_assert_no_error (error);
  yaw = dlm_topic_get_param_text (topic, "yaw");
  pitch = dlm_topic_get_param_text (topic, "pitch");
  g_assert_cmpstr (yaw, ==, "-25");
  g_assert_cmpstr (pitch, ==, "10");
  g_assert_true (dlm_topic_set_param (topic, "projection", "xz", NULL));
  dlm_topic_render (topic, cr, &theme, 800, 450);
  g_assert_false (dlm_topic_drag (topic, DLM_DRAG_BEGIN, 200, 200, &error));
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_words (void)
{
  const char *views[] = { "view=spectral", "view=lorenz" };

  for (guint v = 0; v < G_N_ELEMENTS (views); v++)
    {
      g_autoptr(DlmTopic) topic = topic_applied ("complex", (const char *[]) { views[v], NULL });
      g_autofree char *words = dlm_topic_describe (topic);
      g_autofree char *formula = dlm_topic_get_formula (topic);
      g_autofree char *explanation = dlm_topic_get_explanation (topic);

      g_assert_cmpuint (strlen (words), >, 80);
      g_assert_cmpuint (strlen (formula), >, 20);
      g_assert_cmpuint (strlen (explanation), >, 100);
      g_assert_nonnull (strstr (words, v == 0 ? "99.84" : "t = 40"));
    }
}

/* The words follow what the figure shows: how the paths are seen, the
 * coefficients, the rank kept. */
static void
test_words_follow_data (void)
{
  const struct { const char *a[4], *needle; } cases[] = {
    { { "view=lorenz", NULL }, "seen along the y axis" },
    { { "view=lorenz", "projection=3d", "yaw=30", NULL }, "turned 30° and tilted 20°" },
    { { "view=lorenz", "rho=20", NULL }, "ρ = 20" },
    { { "view=lorenz", "rho=0.5", NULL }, "come together" },
    { { "view=lorenz", "progress=0.01", NULL }, "not parted yet" },
    { { "view=lorenz", NULL }, "has grown" },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(DlmTopic) topic = topic_applied ("complex", cases[c].a);
      g_autofree char *words = dlm_topic_describe (topic);

      if (strstr (words, cases[c].needle) == NULL)
        g_error ("“%s” lacks “%s”", words, cases[c].needle);
    }
  {
    g_autoptr(DlmTopic) topic = topic_applied ("complex", (const char *[]) { "rank=7", NULL });
    g_autofree char *formula = dlm_topic_get_formula (topic);
    g_autofree char *explanation = dlm_topic_get_explanation (topic);

    g_assert_nonnull (strstr (formula, "A<sub>7</sub>"));
    g_assert_nonnull (strstr (explanation, "The first 7 layers"));
  }
  {
    g_autoptr(DlmTopic) topic = topic_applied ("complex", (const char *[]) { "view=lorenz", "sigma=12", NULL });
    g_autofree char *formula = dlm_topic_get_formula (topic);

    g_assert_nonnull (strstr (formula, "ẋ = 12 (y − x)"));
  }
}


/* ---- Game of Life ---------------------------------------------------------- */

static DlmLifeRun *
life_run (DlmLifePattern pattern,
          guint          rows,
          guint          columns,
          guint          steps)
{
  DlmLifeSetup setup = { rows, columns, pattern, 0.3, 42, steps };
  g_autoptr(GError) error = NULL;
  DlmLifeRun *run = dlm_life_run (&setup, &error);

  g_assert_no_error (error);
  return run;
}

/* B3/S23: born with exactly 3, survives with 2 or 3. */
static void
test_life_rules (void)
{
  for (guint n = 0; n <= 8; n++)
    {
      g_assert_cmpint (dlm_life_next_state (FALSE, n), ==, n == 3);
      g_assert_cmpint (dlm_life_next_state (TRUE, n), ==, n == 2 || n == 3);
    }
}

/* A block of 2 × 2 is a still life; a blinker turns between a row and a
 * column, period 2. */
static void
test_life_still_and_blinker (void)
{
  guint8 in[36] = { 0 }, out[36];
  g_autoptr(DlmLifeRun) run = life_run (DLM_LIFE_BLINKER, 7, 7, 6);

  in[2 * 6 + 2] = in[2 * 6 + 3] = in[3 * 6 + 2] = in[3 * 6 + 3] = 1;
  dlm_life_step (in, out, 6, 6);
  g_assert_cmpmem (in, sizeof in, out, sizeof out);

  for (guint k = 0; k <= 6; k++)
    g_assert_cmpuint (run->population[k], ==, 3);
  g_assert_cmpint (memcmp (dlm_life_run_grid (run, 0), dlm_life_run_grid (run, 1), 49), !=, 0);
  g_assert_cmpmem (dlm_life_run_grid (run, 0), 49, dlm_life_run_grid (run, 2), 49);
  g_assert_cmpuint (run->cycle_start, ==, 0);
  g_assert_cmpuint (run->period, ==, 2);
  /* the middle cell of the row has its two ends as neighbors */
  g_assert_cmpuint (dlm_life_run_neighbors (run, 0, 3, 3), ==, 2);
  g_assert_cmpuint (dlm_life_run_neighbors (run, 0, 2, 3), ==, 3);
}

/* A glider moves one cell down and right every 4 steps, wrapping round:
 * on 10 × 10 cells it is back where it started after 40. */
static void
test_life_glider (void)
{
  g_autoptr(DlmLifeRun) run = life_run (DLM_LIFE_GLIDER, 10, 10, 44);
  guint births, deaths;

  for (guint k = 0; k <= 44; k++)
    g_assert_cmpuint (run->population[k], ==, 5);
  g_assert_true (dlm_life_run_is_shifted (run, 0, 4, 1, 1));
  g_assert_true (dlm_life_run_is_shifted (run, 0, 12, 3, 3));
  g_assert_true (dlm_life_run_is_shifted (run, 1, 13, 3, 3));
  g_assert_false (dlm_life_run_is_shifted (run, 0, 12, 3, 2));
  g_assert_false (dlm_life_run_is_shifted (run, 0, 2, 0, 0));
  g_assert_cmpuint (run->cycle_start, ==, 0);
  g_assert_cmpuint (run->period, ==, 40);
  dlm_life_run_changes (run, 1, &births, &deaths);
  g_assert_cmpuint (births, ==, 2);
  g_assert_cmpuint (deaths, ==, 2);
}

/* Against NumPy, on the same torus (np.roll counts the neighbors):
 *   def step(a):
 *     n = sum(np.roll(np.roll(a, i, 0), j, 1) for i in (-1, 0, 1) for j in (-1, 0, 1) if (i, j) != (0, 0))
 *     return ((n == 3) | ((a == 1) & (n == 2))).astype(np.uint8)
 * The R-pentomino in the middle of 100 × 100 cells (the same counts on
 * 300 × 300 up to step 300, so the edges play no part yet):
 *   a = np.zeros((100, 100), np.uint8); a[48 + r, 48 + c] = 1 for (r, c) in
 *   [(0, 1), (0, 2), (1, 0), (1, 1), (2, 1)]
 *   → steps 0 1 2 3 4 5 10 20 50 100 200: 5 6 7 9 8 9 11 32 64 121 120
 * A random start: a = (np.random.default_rng(42).random((30, 40)) < 0.3)
 *   → steps 0 1 10 100: 364 369 277 98
 * Gosper's gun at (1, 1) of 60 × 80 cells → steps 0 30 60 90: 36 41 46 51 */
static void
test_life_numpy (void)
{
  const guint steps[] = { 0, 1, 2, 3, 4, 5, 10, 20, 50, 100, 200 };
  const guint counts[] = { 5, 6, 7, 9, 8, 9, 11, 32, 64, 121, 120 };
  g_autoptr(DlmLifeRun) r = life_run (DLM_LIFE_R_PENTOMINO, 100, 100, 200);
  g_autoptr(DlmLifeRun) random = life_run (DLM_LIFE_RANDOM, 30, 40, 100);
  g_autoptr(DlmLifeRun) gun = life_run (DLM_LIFE_GOSPER_GUN, 60, 80, 90);

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    g_assert_cmpuint (r->population[steps[i]], ==, counts[i]);
  g_assert_cmpuint (random->population[0], ==, 364);
  g_assert_cmpuint (random->population[1], ==, 369);
  g_assert_cmpuint (random->population[10], ==, 277);
  g_assert_cmpuint (random->population[100], ==, 98);
  for (guint i = 0; i <= 3; i++)
    g_assert_cmpuint (gun->population[30 * i], ==, 36 + 5 * i);
}

static void
test_life_limits (void)
{
  const struct { DlmLifeSetup s; const char *needle; } bad[] = {
    { { 4, 40, DLM_LIFE_RANDOM, 0.3, 1, 10 }, "rows: 4" },
    { { 30, 101, DLM_LIFE_RANDOM, 0.3, 1, 10 }, "columns: 101" },
    { { 30, 40, DLM_LIFE_RANDOM, 1.5, 1, 10 }, "density" },
    { { 30, 40, DLM_LIFE_RANDOM, NAN, 1, 10 }, "density" },
    { { 30, 40, DLM_LIFE_RANDOM, 0.3, 1, 1001 }, "generations" },
    { { 10, 40, DLM_LIFE_GOSPER_GUN, 0.3, 1, 10 }, "at least 11 rows and 38 columns" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_null (dlm_life_run (&bad[i].s, &error));
      g_assert_error (error, DLM_ERROR, DLM_ERROR_RANGE);
      if (strstr (error->message, bad[i].needle) == NULL)
        g_error ("“%s” lacks “%s”", error->message, bad[i].needle);
    }
}

/* The view: frame k of the timeline is --set step=k; step beyond the
 * generations shows the last; the words, CSV and summary say what the
 * figure shows. */
static void
test_life_view (void)
{
  g_autoptr(DlmTopic) glider = topic_applied ("complex", (const char *[]) { "view=life", "pattern=glider", "step=12", NULL });
  g_autoptr(DlmTopic) late = topic_applied ("complex", (const char *[]) { "view=life", "generations=20", "step=500", NULL });
  g_autofree char *words = dlm_topic_describe (glider);
  g_autofree char *csv = dlm_topic_to_csv (glider);
  g_auto(GStrv) lines = g_strsplit (csv, "\n", -1);
  g_autofree char *explanation = dlm_topic_get_explanation (glider);

  if (strstr (words, "moved 3 cells right and 3 down after 12 steps.") == NULL)
    g_error ("%s", words);
  /* 25 cells on from row 1 it is still inside the 30 rows; 30 cells on it
   * has come round at the top */
  {
    g_autoptr(DlmTopic) inside = topic_applied ("complex", (const char *[]) { "view=life", "pattern=glider", NULL });
    g_autoptr(DlmTopic) round = topic_applied ("complex", (const char *[]) { "view=life", "pattern=glider",
                                                                             "generations=200", "step=120", NULL });
    g_autofree char *words_inside = dlm_topic_describe (inside);
    g_autofree char *words_round = dlm_topic_describe (round);

    g_assert_nonnull (strstr (words_inside, "moved 25 cells right and 25 down after 100 steps."));
    g_assert_nonnull (strstr (words_round, "moved 30 cells right and 30 down after 120 steps, coming round"));
  }
  g_assert_nonnull (strstr (words, "30 rows × 40 columns at step 12 of 100"));
  g_assert_nonnull (strstr (explanation, "each of the 1200 cells"));
  g_assert_cmpstr (lines[0], ==, "index,step,population,births,deaths");
  g_assert_cmpstr (lines[1], ==, "0,0,5,0,0");
  g_assert_cmpstr (lines[13], ==, "12,12,5,2,2");
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 13 + 1);
  g_assert_cmpfloat (summary_value (glider, "step"), ==, 12);
  g_assert_cmpfloat (summary_value (glider, "glider_moved"), ==, 3);
  g_assert_cmpfloat (summary_value (late, "step"), ==, 20);
  g_assert_cmpfloat (summary_value (late, "population"), ==, 212);
  g_assert_cmpfloat (summary_value (late, "start_population"), ==, 364);
}

/* A blinker settles at once: the words and the summary say it repeats. */
static void
test_life_repeats (void)
{
  g_autoptr(DlmTopic) blinker = topic_applied ("complex", (const char *[]) { "view=life", "pattern=blinker", NULL });
  g_autoptr(DlmTopic) first = topic_applied ("complex", (const char *[]) { "view=life", "pattern=blinker", "step=1", NULL });
  g_autofree char *words = dlm_topic_describe (blinker);
  g_autofree char *early = dlm_topic_describe (first);

  g_assert_nonnull (strstr (words, "From step 0 on the grid repeats every 2 steps."));
  g_assert_cmpfloat (summary_value (blinker, "period"), ==, 2);
  g_assert_cmpfloat (summary_value (blinker, "cycle_start"), ==, 0);
  /* at step 1 it has not come back yet */
  g_assert_nonnull (strstr (early, "No grid up to step 1 repeats"));
}

/* The seed decides a random start, and only a random one. */
static void
test_life_seed (void)
{
  g_autoptr(DlmTopic) a = topic_applied ("complex", (const char *[]) { "view=life", NULL });
  g_autoptr(DlmTopic) b = topic_applied ("complex", (const char *[]) { "view=life", NULL });
  g_autoptr(DlmTopic) c = topic_applied ("complex", (const char *[]) { "view=life", "pattern=r-pentomino", NULL });
  g_autoptr(DlmTopic) d = topic_applied ("complex", (const char *[]) { "view=life", "pattern=r-pentomino", NULL });
  g_autofree char *csv_a = NULL, *csv_b = NULL, *csv_c = NULL, *csv_d = NULL;

  dlm_topic_set_seed (b, 7);
  dlm_topic_set_seed (d, 7);
  csv_a = dlm_topic_to_csv (a);
  csv_b = dlm_topic_to_csv (b);
  csv_c = dlm_topic_to_csv (c);
  csv_d = dlm_topic_to_csv (d);
  g_assert_true (dlm_topic_uses_seed (a));
  g_assert_cmpstr (csv_a, !=, csv_b);
  g_assert_cmpstr (csv_c, ==, csv_d);
}

/* Bad values name their field and what it accepts, and change nothing. */
static void
test_life_bad_input (void)
{
  g_autoptr(DlmTopic) topic = topic_applied ("complex", (const char *[]) { "view=life", "rows=10", NULL });
  g_autofree char *before = dlm_topic_to_csv (topic);
  const struct { const char *key, *value, *needle; } bad[] = {
    { "pattern", "acorn", "random|glider|blinker|r-pentomino|gosper-gun" },
    { "pattern", "gosper-gun", "at least 11 rows and 38 columns" },
    { "density", "1.5", "too large" },
    { "density", "half", "not a number" },
    { "rows", "4", "too small" },
    { "rows", "101", "too large" },
    { "columns", "2.5", "whole number" },
    { "generations", "0", "too small" },
    { "generations", "1001", "too large" },
    { "step", "-1", "too small" },
    { "step", "1001", "too large" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *after = NULL;

      g_assert_false (dlm_topic_set_param (topic, bad[i].key, bad[i].value, &error));
      if (strstr (error->message, bad[i].needle) == NULL || strstr (error->message, bad[i].key) == NULL)
        g_error ("%s=%s: message “%s” lacks “%s”", bad[i].key, bad[i].value, error->message, bad[i].needle);
      after = dlm_topic_to_csv (topic);
      g_assert_cmpstr (after, ==, before);
    }
}

/* The probe reads out the cell under the pointer and its neighbors; the
 * keyboard cursor visits every cell. */
static void
test_life_probe (void)
{
  g_autoptr(DlmTopic) topic = topic_applied ("complex", (const char *[]) { "view=life", "pattern=blinker", "step=0", NULL });
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 800, 450);
  cairo_t *cr = cairo_create (surface);
  DlmTheme theme;
  DlmProbe probe = { 0 }, under = { 0 };
  guint row = 0;

  dlm_theme_init (&theme, DLM_THEME_LIGHT, 1);
  dlm_topic_render (topic, cr, &theme, 800, 450);
  g_assert_cmpuint (dlm_topic_count_points (topic, &row), ==, 1200);
  g_assert_cmpuint (row, ==, 40);
  /* the blinker's middle cell: row 14, columns 18 to 20 */
  g_assert_true (dlm_topic_get_point (topic, 14 * 40 + 19, &probe));
  g_assert_true (g_str_has_prefix (probe.text, "cell [14, 19]: alive, 2 live neighbors, so alive in the next step"));
  g_assert_true (dlm_topic_probe (topic, probe.x, probe.y - 0.2, &under));
  g_assert_true (g_str_has_prefix (probe.text, under.text));
  dlm_probe_clear (&under);
  dlm_probe_clear (&probe);
  g_assert_true (dlm_topic_get_point (topic, 13 * 40 + 19, &probe));
  g_assert_true (g_str_has_prefix (probe.text, "cell [13, 19]: dead, 3 live neighbors, so alive in the next step"));
  dlm_probe_clear (&probe);
  g_assert_false (dlm_topic_probe (topic, 1, 1, &probe));
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  /* over the population plot: the step under the pointer, up to the one shown */
  {
    g_autoptr(DlmTopic) random = topic_applied ("complex", (const char *[]) { "view=life", "step=10", NULL });
    g_autoptr(DlmLayoutLog) log = NULL;
    const DlmLayoutItem *title = NULL;

    dlm_theme_init (&theme, DLM_THEME_LIGHT, 1);
    log = figure_log (random, &theme, 800, 450, NULL);
    for (guint i = 0; i < dlm_layout_log_get_n_items (log) && title == NULL; i++)
      if (g_strcmp0 (dlm_layout_log_get_item (log, i)->text, "Population at each step") == 0)
        title = dlm_layout_log_get_item (log, i);
    g_assert_nonnull (title);
    /* the right end of the plot is step 100, past the one shown */
    g_assert_true (dlm_topic_probe (random, title->box.x + title->box.width, title->box.y + 100, &probe));
    g_assert_cmpstr (probe.text, ==, "step 10: 277 cells alive");
    dlm_probe_clear (&probe);
  }
}

/* ---- the quiz ----------------------------------------------------------------- */

static char *
quiz_text (guint32 seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GPtrArray) questions = g_ptr_array_new_with_free_func ((GDestroyNotify) dlm_quiz_question_free);
  GString *text = g_string_new (NULL);

  dlm_complex_quiz_build (questions, rand);
  for (guint i = 0; i < questions->len; i++)
    {
      const DlmQuizQuestion *q = g_ptr_array_index (questions, i);

      g_string_append_printf (text, "%s\n", dlm_quiz_question_get_prompt (q));
      for (guint c = 0; c < dlm_quiz_question_get_n_choices (q); c++)
        g_string_append_printf (text, "%c %s: %s\n", dlm_quiz_question_is_correct (q, c) ? '*' : '-',
                                dlm_quiz_question_get_choice (q, c), dlm_quiz_question_get_reason (q, c));
    }
  return g_string_free (text, FALSE);
}

/* Two seeds ask about other numbers; one seed asks the same again. And
 * the rules' questions are right for the numbers drawn. */
static void
test_quiz_seeds (void)
{
  g_autofree char *one = quiz_text (1);
  g_autofree char *again = quiz_text (1);
  g_autofree char *two = quiz_text (2);

  g_assert_cmpstr (one, ==, again);
  g_assert_cmpstr (one, !=, two);
  for (guint32 seed = 1; seed <= 30; seed++)
    {
      g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
      g_autoptr(GPtrArray) questions = g_ptr_array_new_with_free_func ((GDestroyNotify) dlm_quiz_question_free);

      dlm_complex_quiz_build (questions, rand);
      g_assert_cmpuint (questions->len, ==, 10);
      for (guint i = 0; i < questions->len; i++)
        {
          const DlmQuizQuestion *q = g_ptr_array_index (questions, i);
          const char *prompt = dlm_quiz_question_get_prompt (q);
          const char *live = strstr (prompt, "cell has ");
          const char *right = dlm_quiz_question_get_choice (q, dlm_quiz_question_get_correct (q));
          guint n;

          if (live == NULL)
            continue;
          n = atoi (live + strlen ("cell has "));
          if (strstr (prompt, "a live cell") != NULL)
            g_assert_cmpint (g_str_has_prefix (right, "Alive"), ==, n == 2 || n == 3);
          else
            g_assert_cmpint (g_str_has_prefix (right, "Alive"), ==, n == 3);
        }
    }
}

/* ---- the figure ------------------------------------------------------------ */

/* Renders @topic at 800 × 450 with a layout log, which it returns; the
 * pixels are left in *@surface when that is not NULL. */
static DlmLayoutLog *
render_logged (DlmTopic         *topic,
               DlmThemeKind      kind,
               cairo_surface_t **surface)
{
  DlmTheme theme;

  dlm_theme_init (&theme, kind, 1);
  return figure_log (topic, &theme, 800, 450, surface);
}

/* The first text item that starts with @prefix, or NULL. */
static const DlmLayoutItem *
find_text (DlmLayoutLog *log,
           const char   *prefix)
{
  for (guint i = 0; i < dlm_layout_log_get_n_items (log); i++)
    {
      const DlmLayoutItem *item = dlm_layout_log_get_item (log, i);

      if (item->kind == DLM_LAYOUT_TEXT && g_str_has_prefix (item->text, prefix))
        return item;
    }
  return NULL;
}

/* The key of the two curves sits under the attractor, not under the
 * distance plot; the figure shows no UI hint and, in 3-D, no ticks (the
 * screen plane has no fixed coordinates there). */
static void
test_lorenz_layout (void)
{
  const char *projections[] = { "projection=xz", "projection=3d" };

  for (guint p = 0; p < G_N_ELEMENTS (projections); p++)
    {
      g_autoptr(DlmTopic) topic = topic_applied ("complex", (const char *[]) { "view=lorenz", projections[p], NULL });
      g_autoptr(DlmLayoutLog) log = render_logged (topic, DLM_THEME_LIGHT, NULL);
      const DlmLayoutItem *wide = find_text (log, "wide line");
      const DlmLayoutItem *thin = find_text (log, "thin line");
      const DlmLayoutItem *title = find_text (log, "How far apart");
      const DlmLayoutItem *now = find_text (log, "now: t =");
      g_autoptr(GPtrArray) problems = dlm_layout_log_check (log);

      g_assert_nonnull (now);
      g_assert_nonnull (wide);
      g_assert_nonnull (thin);
      g_assert_nonnull (title);
      g_assert_cmpfloat (wide->box.x + wide->box.width, <, title->box.x);
      g_assert_cmpfloat (thin->box.x + thin->box.width, <, title->box.x);
      g_assert_null (find_text (log, "drag"));
      for (guint i = 0; p == 1 && i < dlm_layout_log_get_n_items (log); i++)
        {
          const DlmLayoutItem *item = dlm_layout_log_get_item (log, i);
          char *end = NULL;

          /* a tick label is a number; the left panel (left of the key
           * under the distance plot, swatch included) has none in 3-D */
          if (item->kind == DLM_LAYOUT_TEXT && item->box.x + item->box.width < now->box.x - 40)
            {
              g_ascii_strtod (g_str_has_prefix (item->text, "−") ? item->text + strlen ("−") : item->text, &end);
              if (!(end == item->text || *end != '\0'))
                g_error ("a number in the 3-D panel: %s", item->text);
            }
        }
      g_assert_true (problems == NULL || problems->len == 0);
    }
}

/* Large coefficients make the steps short: a run ends after
 * DLM_LORENZ_MAX_STEPS steps (about a second) with an error that names
 * t-end, the limit and how far it got, and the figure and the summary say
 * so; it is not taken for a blow-up. */
static void
test_lorenz_step_limit (void)
{
  const char *set[] = { "view=lorenz", "sigma=1000000", "beta=1", "t-end=200", NULL };
  g_autoptr(DlmTopic) topic = topic_applied ("complex", set);
  g_autoptr(DlmLayoutLog) log = render_logged (topic, DLM_THEME_LIGHT, NULL);
  g_autoptr(GPtrArray) problems = dlm_layout_log_check (log);
  g_autoptr(GError) error = NULL;
  g_autofree char *words = dlm_topic_describe (topic);
  double reached = summary_value (topic, "step_limit_t");
  DlmLorenzSetup s;

  g_assert_cmpfloat (reached, >, 1);
  g_assert_cmpfloat (reached, <, 200);
  g_assert_nonnull (find_text (log, "The solver’s steps grow so short"));
  g_assert_true (problems == NULL || problems->len == 0);
  g_assert_nonnull (strstr (words, "3000000 of them"));

  dlm_lorenz_setup_init (&s);
  s.sigma = 1e6;
  s.beta = 1;
  s.t_end = 200;
  g_assert_null (dlm_lorenz_integrate (&s, NULL, NULL, &error));
  g_assert_error (error, DLM_ERROR, DLM_ERROR_TOO_LARGE);
  g_assert_true (g_str_has_prefix (error->message, "t-end: 200 takes the solver more than 3000000 steps"));
}

/* A run that blows up says where, under the title, in words that fit. */
static void
test_blow_up_note (void)
{
  g_autoptr(DlmTopic) topic = topic_applied ("complex", (const char *[]) { "view=lorenz", "beta=-5", "t-end=10", NULL });
  const DlmThemeKind kinds[] = { DLM_THEME_LIGHT, DLM_THEME_PROJECTOR };

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autoptr(DlmLayoutLog) log = render_logged (topic, kinds[k], NULL);
      g_autoptr(GPtrArray) problems = dlm_layout_log_check (log);

      /* out of steps with coordinates 10¹² times its scale */
      g_assert_nonnull (find_text (log, "The solution runs off to infinity near t = 5.71"));
      g_assert_true (problems == NULL || problems->len == 0);
    }
}

/* Ink in the part of the surface left of @right and between @top and
 * @bottom: the share of pixels that are not the background. */
static double
ink_share (cairo_surface_t *surface,
           double           right,
           double           top,
           double           bottom)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 bg = *(const guint32 *) data & 0xffffff;
  guint inked = 0, all = 0;

  cairo_surface_flush (surface);
  for (int y = top; y < bottom; y++)
    for (int x = 0; x < right; x++, all++)
      inked += (*(const guint32 *) (data + y * stride + 4 * x) & 0xffffff) != bg;
  return (double) inked / all;
}

/* The projector's thick strokes must not fill the attractor into a solid
 * blob: whatever the theme, under half of the panel is ink. */
static void
test_lorenz_readable (void)
{
  const DlmThemeKind kinds[] = { DLM_THEME_LIGHT, DLM_THEME_PROJECTOR };

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autoptr(DlmTopic) topic = topic_applied ("complex", (const char *[]) { "view=lorenz", "t-end=100", NULL });
      cairo_surface_t *surface = NULL;
      g_autoptr(DlmLayoutLog) log = render_logged (topic, kinds[k], &surface);
      const DlmLayoutItem *title = find_text (log, "How far apart");
      double share = ink_share (surface, title->box.x - 60, 120, 330);

      g_assert_cmpfloat (share, >, 0.1);
      g_assert_cmpfloat (share, <, 0.5);
      cairo_surface_destroy (surface);
    }
}

/* Numbers in the figure and the read-outs: a power of ten is written as
 * one ("1.00 × 10⁻⁹"), never as "e-09". */
static void
test_number_format (void)
{
  g_autoptr(DlmTopic) topic = topic_applied ("complex", (const char *[]) { "view=lorenz", "progress=0", NULL });
  g_autoptr(DlmLayoutLog) log = render_logged (topic, DLM_THEME_DARK, NULL);
  g_autofree char *words = dlm_topic_describe (topic);
  DlmProbe probe = { 0 };

  g_assert_nonnull (strstr (words, "1.00 × 10⁻⁹"));
  g_assert_null (strstr (words, "e-"));
  g_assert_nonnull (find_text (log, "now: t = 0"));
  g_assert_null (strstr (find_text (log, "now: t = 0")->text, "e-"));
  g_assert_true (dlm_topic_get_point (topic, 0, &probe));
  g_assert_nonnull (strstr (probe.text, "× 10⁻⁹"));
  dlm_probe_clear (&probe);
}

/* The spectral view shows the layers that add up to the rank-k picture:
 * as many as k (up to four), under the energy bar. */
static void
test_spectral_layers (void)
{
  const struct { const char *rank; const char *last, *missing, *words; } cases[] = {
    { "rank=1", "layer 1", "layer 2", "layer 1 is shown on its own" },
    { "rank=3", "layer 3", "layer 4", "the first 3 layers are shown" },
    { "rank=20", "layer 4", "layer 5", "the first 4 layers are shown" },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(DlmTopic) topic = topic_applied ("complex", (const char *[]) { cases[c].rank, NULL });
      g_autoptr(DlmLayoutLog) log = render_logged (topic, DLM_THEME_LIGHT, NULL);
      const DlmLayoutItem *energy = find_text (log, "energy kept");
      g_autofree char *words = NULL;
      const DlmLayoutItem *last = find_text (log, cases[c].last);
      g_autoptr(GPtrArray) problems = dlm_layout_log_check (log);

      g_assert_nonnull (energy);
      g_assert_nonnull (last);
      g_assert_cmpfloat (last->box.y, >, energy->box.y + energy->box.height);
      g_assert_null (find_text (log, cases[c].missing));
      g_assert_true (problems == NULL || problems->len == 0);
      /* and the words say so */
      words = dlm_topic_describe (topic);
      g_assert_nonnull (strstr (words, cases[c].words));
    }
}

/* ---- golden images -------------------------------------------------------- */

static const DlmGolden goldens[] = {
  { "complex-spectral-light", dlm_complex_topic_get_type, { NULL }, DLM_THEME_LIGHT },
  { "complex-spectral-dark", dlm_complex_topic_get_type, { "rank=1", NULL }, DLM_THEME_DARK },
  { "complex-spectral-projector", dlm_complex_topic_get_type, { "rank=20", NULL }, DLM_THEME_PROJECTOR },
  { "complex-lorenz-light", dlm_complex_topic_get_type, { "view=lorenz", NULL }, DLM_THEME_LIGHT },
  { "complex-lorenz-dark", dlm_complex_topic_get_type, { "view=lorenz", "projection=3d", "progress=0.6", NULL }, DLM_THEME_DARK },
  { "complex-lorenz-projector", dlm_complex_topic_get_type, { "view=lorenz", "t-end=25", NULL }, DLM_THEME_PROJECTOR },
  { "complex-life-light", dlm_complex_topic_get_type, { "view=life", NULL }, DLM_THEME_LIGHT },
  { "complex-life-dark", dlm_complex_topic_get_type, { "view=life", "pattern=glider", "step=12", NULL }, DLM_THEME_DARK },
  { "complex-life-projector", dlm_complex_topic_get_type, { "view=life", "pattern=gosper-gun", "step=75", NULL }, DLM_THEME_PROJECTOR },
};

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/topics/complex/svd-numpy", test_svd_numpy);
  g_test_add_func ("/topics/complex/svd-error-falls", test_svd_error_falls);
  g_test_add_func ("/topics/complex/spectral-csv", test_spectral_csv);
  g_test_add_func ("/topics/complex/lorenz-reference", test_lorenz_reference);
  g_test_add_func ("/topics/complex/distance-grows", test_distance_grows);
  g_test_add_func ("/topics/complex/lorenz-csv", test_lorenz_csv);
  g_test_add_func ("/topics/complex/bad-input", test_bad_input);
  g_test_add_func ("/topics/complex/lorenz-limits", test_lorenz_limits);
  g_test_add_func ("/topics/complex/blow-up", test_lorenz_blow_up);
  g_test_add_func ("/topics/complex/drag", test_drag_turns);
  g_test_add_func ("/topics/complex/words", test_words);
  g_test_add_func ("/topics/complex/words-follow-data", test_words_follow_data);
  g_test_add_func ("/topics/complex/life-rules", test_life_rules);
  g_test_add_func ("/topics/complex/life-still-and-blinker", test_life_still_and_blinker);
  g_test_add_func ("/topics/complex/life-glider", test_life_glider);
  g_test_add_func ("/topics/complex/life-numpy", test_life_numpy);
  g_test_add_func ("/topics/complex/life-limits", test_life_limits);
  g_test_add_func ("/topics/complex/life-view", test_life_view);
  g_test_add_func ("/topics/complex/life-repeats", test_life_repeats);
  g_test_add_func ("/topics/complex/life-seed", test_life_seed);
  g_test_add_func ("/topics/complex/life-bad-input", test_life_bad_input);
  g_test_add_func ("/topics/complex/life-probe", test_life_probe);
  g_test_add_func ("/topics/complex/quiz-seeds", test_quiz_seeds);
  g_test_add_func ("/topics/complex/lorenz-layout", test_lorenz_layout);
  g_test_add_func ("/topics/complex/lorenz-readable", test_lorenz_readable);
  g_test_add_func ("/topics/complex/blow-up-note", test_blow_up_note);
  g_test_add_func ("/topics/complex/step-limit", test_lorenz_step_limit);
  g_test_add_func ("/topics/complex/number-format", test_number_format);
  g_test_add_func ("/topics/complex/spectral-layers", test_spectral_layers);
  dlm_golden_add_tests ("/topics/complex/golden/", goldens, G_N_ELEMENTS (goldens));

  return g_test_run ();
}
