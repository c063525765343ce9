/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <float.h>
#include <glib/gi18n.h>

#include "dlm-code.h"
#include "dlm-complex-private.h"

/* The code card of complicated vs complex.
 *
 * Spectral: the picture's grey levels travel as base64 bytes; NumPy's SVD
 * (LAPACK) and the app's (GSL, one-sided Jacobi) agree to about 1e-13 of
 * the largest singular value, so s_k, energy_kept and frobenius_error
 * agree to 1e-12 relative, except where they are rounding noise (singular
 * values below NumPy's rank tolerance), which is not printed.
 *
 * Life: integers from the same start (the random one drawn with
 * np.random.default_rng, PCG64, as the app draws it), every key exact.
 *
 * Lorenz: the app steps with GSL's rk8pd under its own error control;
 * SciPy's DOP853 is another 8th-order method, and in a chaotic system the
 * two part ways after a few time units, so the end point and the distance
 * are computed and drawn but not printed. */

/* Whether singular value @i is below NumPy's matrix_rank tolerance,
 * s_max · max(M, N) · ε: rounding noise, which two libraries make
 * differently (the built-in picture has three such values). */
static gboolean
is_noise (const DlmSvd *svd,
          guint         i)
{
  double s_max = gsl_vector_get (svd->s, 0);

  return gsl_vector_get (svd->s, i) <= s_max * MAX (svd->rows, svd->cols) * DBL_EPSILON;
}

static void
write_spectral (DlmComplexTopic *self,
                GString         *out)
{
  const gsl_matrix *image = self->image;
  guint k = MIN ((guint) self->rank, self->svd->rank);
  g_autofree guint8 *bytes = g_new (guint8, image->size1 * image->size2);

  for (gsize i = 0; i < image->size1; i++)
    for (gsize j = 0; j < image->size2; j++)
      bytes[i * image->size2 + j] = (guint8) gsl_matrix_get (image, i, j);
  dlm_code_comment (out, _("The app's built-in picture as grey levels 0 to 255, one byte per "
                           "pixel, row by row."));
  dlm_code_base64 (out, "pixels", bytes, image->size1 * image->size2);
  g_string_append_printf (out,
                          "A = np.frombuffer(pixels, dtype=np.uint8).reshape(%zu, %zu).astype(float)\n"
                          "k = %u\n\n",
                          image->size1, image->size2, k);
  dlm_code_comment (out, _("A = U diag(s) Vᵀ: a sum of rank-1 layers sᵢ uᵢ vᵢᵀ, the largest "
                           "first. Keeping k of them gives the best rank-k picture; its share "
                           "of the energy is (|s[:k]| / |s|)²."));
  g_string_append (out,
                   "U, s, Vt = np.linalg.svd(A, full_matrices=False)\n"
                   "approx = (U[:, :k] * s[:k]) @ Vt[:k]\n\n"
                   "show(\"rank\", k)\n");
  if (is_noise (self->svd, k - 1))
    g_string_append (out, "# not reproduced: s_k (below s[0] · max(A.shape) · 2⁻⁵², NumPy's "
                          "rank\n#   tolerance: rounding noise, not the same in two libraries)\n");
  else
    g_string_append (out, "show(\"s_k\", s[k - 1])\n");
  g_string_append (out, "show(\"energy_kept\", (np.linalg.norm(s[:k]) / np.linalg.norm(s))**2)\n");
  if (k < self->svd->rank && !is_noise (self->svd, k))
    g_string_append (out, "show(\"frobenius_error\", np.linalg.norm(A - approx))\n");
  else
    g_string_append (out, "# not reproduced: frobenius_error (every layer left out is rounding "
                          "noise,\n#   and so is |A - approx|)\n");
}

static void
write_lorenz_setup (DlmComplexTopic *self,
                    GString         *out)
{
  DlmLorenzSetup setup;

  dlm_lorenz_setup_init (&setup);
  dlm_code_comment (out, _("The Lorenz system, twice: from the start and from a start ε away in x. "
                           "Its output every dt up to t-end; progress picks the time shown."));
  g_string_append (out, "sigma, rho, beta = ");
  dlm_code_floats (out, (double[]) { self->sigma, self->rho, self->beta }, 3);
  g_string_append (out, "\nstart = np.array(");
  dlm_code_floats (out, self->start_xyz, 3);
  g_string_append (out, ")\nepsilon = ");
  dlm_code_float (out, self->epsilon);
  g_string_append (out, "\nt_end = ");
  dlm_code_float (out, self->t_end);
  g_string_append (out, "\ndt = ");
  dlm_code_float (out, setup.dt);
  g_string_append (out, "\nprogress = ");
  dlm_code_float (out, self->progress);
  g_string_append (out, "\ntolerance = ");
  dlm_code_float (out, setup.rel_tol);
  g_string_append (out, "\n\n");
}

static void
write_lorenz (DlmComplexTopic *self,
              GString         *out)
{
  write_lorenz_setup (self, out);
  g_string_append (out,
                   "def lorenz(t, state):\n"
                   "    x, y, z = state.reshape(2, 3).T  # both trajectories at once\n"
                   "    return np.column_stack([sigma * (y - x), x * (rho - z) - y,\n"
                   "                            x * y - beta * z]).ravel()\n\n\n"
                   "n = math.floor(t_end / dt + 1e-9) + 1\n"
                   "times = np.arange(n) * dt\n"
                   "second = start + [epsilon, 0, 0]\n"
                   "solution = solve_ivp(lorenz, (0, times[-1]), np.concatenate([start, second]),\n"
                   "                     method=\"DOP853\", rtol=tolerance, atol=tolerance, t_eval=times)\n"
                   "m = math.floor(progress * (n - 1) + 0.5)  # halves rounded up, as the app does\n\n");
  g_string_append (out,
                   "# not reproduced: blow_up_t (where the app's solver gives up is its own)\n"
                   "# not reproduced: step_limit_t (the same)\n"
                   "if solution.success and np.isfinite(solution.y).all():\n"
                   "    a, b = solution.y[:3], solution.y[3:]\n"
                   "    distance = np.linalg.norm(a - b, axis=0)\n"
                   "    show(\"t\", m * dt)\n"
                   "    # not reproduced: final_distance (the app steps with GSL's rk8pd, SciPy with\n"
                   "    #   DOP853: their last digits differ, and chaos grows that to any size)\n"
                   "    # not reproduced: x (the same)\n"
                   "    # not reproduced: y (the same)\n"
                   "    # not reproduced: z (the same)\n"
                   "    show(\"start_distance\", math.hypot(math.hypot(start[0] - second[0], 0), 0))\n");
  if (self->projection == DLM_COMPLEX_PROJECTION_3D)
    {
      g_string_append (out, "    show(\"projection\", \"3d\")\n    show(\"yaw\", ");
      dlm_code_float (out, self->yaw);
      g_string_append (out, ")\n    show(\"pitch\", ");
      dlm_code_float (out, self->pitch);
      g_string_append (out, ")\n");
    }
  else
    g_string_append (out, "    show(\"projection\", \"xz\")\n");
}

/* The start only: the script computes the steps. */
static DlmLifeSetup
life_setup (DlmComplexTopic *self)
{
  return (DlmLifeSetup) {
    .rows = self->rows, .columns = self->columns, .pattern = self->pattern,
    .density = self->density, .seed = dlm_topic_get_seed (DLM_TOPIC (self)), .steps = 0,
  };
}

/* The live cells of a named pattern's start, as the app places them. */
static void
write_pattern_cells (const DlmLifeRun *run,
                     GString          *out)
{
  const guint8 *grid = dlm_life_run_grid (run, 0);
  guint n = 0;

  g_string_append (out, "cells = [");
  for (guint r = 0; r < run->rows; r++)
    for (guint c = 0; c < run->columns; c++)
      if (grid[r * run->columns + c])
        g_string_append_printf (out, "%s(%u, %u)", n++ > 0 ? ", " : "", r, c);
  g_string_append (out, "]\n");
}

static void
write_life_start (DlmComplexTopic  *self,
                  const DlmLifeRun *run,
                  GString          *out)
{
  g_string_append_printf (out, "rows, columns = %d, %d\ngenerations = %d\nstep = %d\n\n",
                          self->rows, self->columns, self->generations, self->step);
  if (self->pattern == DLM_LIFE_RANDOM)
    {
      dlm_code_comment (out, _("A random start: each cell alive with probability density, drawn "
                               "row by row from NumPy's seeded generator."));
      g_string_append (out, "density = ");
      dlm_code_float (out, self->density);
      g_string_append_printf (out,
                              "\nrng = np.random.default_rng(%u)\n"
                              "grid = rng.random((rows, columns)) < density\n\n",
                              dlm_topic_get_seed (DLM_TOPIC (self)));
      return;
    }
  dlm_code_comment (out, _("The pattern's live cells (row, column), where the app puts them."));
  write_pattern_cells (run, out);
  g_string_append (out,
                   "grid = np.zeros((rows, columns), dtype=bool)\n"
                   "grid[tuple(np.array(cells).T)] = True\n\n");
}

static const char life_steps[] =
  "def next_generation(grid):\n"
  "    \"\"\"Conway's rules on a grid whose edges wrap around: count the eight\n"
  "    neighbours by rolling the grid; a cell lives on with 2 or 3 of them\n"
  "    and is born with exactly 3.\"\"\"\n"
  "    n = sum(np.roll(grid, (dr, dc), axis=(0, 1)).astype(int)\n"
  "            for dr in (-1, 0, 1) for dc in (-1, 0, 1) if (dr, dc) != (0, 0))\n"
  "    return (n == 3) | (grid & (n == 2))\n"
  "\n\n"
  "grids = [grid]\n"
  "for _ in range(generations):\n"
  "    grids.append(next_generation(grids[-1]))\n"
  "k = min(step, generations)\n"
  "now, before = grids[k], grids[max(k - 1, 0)]\n\n"
  "# the first grid seen before: from cycle_start on it repeats every period steps\n"
  "seen, cycle_start, period = {}, None, 0\n"
  "for i, g in enumerate(grids):\n"
  "    if g.tobytes() in seen:\n"
  "        cycle_start = seen[g.tobytes()]\n"
  "        period = i - cycle_start\n"
  "        break\n"
  "    seen[g.tobytes()] = i\n\n";

static const char life_keys[] =
  "show(\"step\", k)\n"
  "show(\"population\", now.sum())\n"
  "show(\"start_population\", grids[0].sum())\n"
  "show(\"births\", (now & ~before).sum())\n"
  "show(\"deaths\", (before & ~now).sum())\n"
  "if period > 0 and cycle_start + period <= k:\n"
  "    show(\"cycle_start\", cycle_start)\n"
  "    show(\"period\", period)\n";

static const char glider_keys[] =
  "# a glider moves one cell down and right every 4 steps\n"
  "moved = k // 4\n"
  "if np.array_equal(np.roll(grids[k % 4], (moved, moved), axis=(0, 1)), now):\n"
  "    show(\"glider_moved\", moved)\n";

static void
write_life (DlmComplexTopic *self,
            GString         *out)
{
  DlmLifeSetup setup = life_setup (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *pattern = dlm_topic_get_param_text (DLM_TOPIC (self), "pattern");
  g_autoptr(GString) literal = g_string_new (NULL);
  DlmLifeRun *start = dlm_life_run (&setup, &error);

  dlm_code_string (literal, pattern);
  dlm_code_show (out, "pattern", literal->str);
  g_string_append_printf (out, "show(\"rows\", %d)\nshow(\"columns\", %d)\n", self->rows, self->columns);
  if (self->pattern == DLM_LIFE_RANDOM)
    {
      g_string_append (out, "show(\"density\", ");
      dlm_code_float (out, self->density);
      g_string_append (out, ")\n");
    }
  g_string_append_printf (out, "show(\"generations\", %d)\n\n", self->generations);
  if (start == NULL)
    {
      dlm_code_comment (out, error->message);
      return;
    }
  write_life_start (self, start, out);
  dlm_life_run_free (start);
  g_string_append (out, life_steps);
  g_string_append (out, life_keys);
  if (self->pattern == DLM_LIFE_GLIDER)
    g_string_append (out, glider_keys);
}

void
dlm_complex_write_code (DlmTopic *topic,
                        GString  *out)
{
  DlmComplexTopic *self = DLM_COMPLEX_TOPIC (topic);

  switch (self->view)
    {
    case DLM_COMPLEX_VIEW_LORENZ:
      dlm_code_begin (out, DLM_CODE_MATH | DLM_CODE_NUMPY);
      g_string_append (out, "from scipy.integrate import solve_ivp\n\n");
      write_lorenz (self, out);
      break;
    case DLM_COMPLEX_VIEW_LIFE:
      dlm_code_begin (out, DLM_CODE_NUMPY);
      write_life (self, out);
      break;
    case DLM_COMPLEX_VIEW_SPECTRAL:
    default:
      dlm_code_begin (out, DLM_CODE_NUMPY);
      g_string_append (out, "import base64\n\n");
      write_spectral (self, out);
      break;
    }
}

/* ---- the figure's main panel --------------------------------------------- */

static void
plot_spectral (GString *out)
{
  g_string_append (out,
                   "fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4))\n"
                   "left.imshow(A, cmap=\"gray\", vmin=0, vmax=255)\n"
                   "left.set_title(");
  dlm_code_string (out, _("original"));
  g_string_append (out,
                   ")\n"
                   "right.imshow(approx, cmap=\"gray\", vmin=0, vmax=255)\n"
                   "right.set_title(f\"rank {k}\")\n"
                   "for ax in (left, right):\n"
                   "    ax.set_xlabel(");
  dlm_code_string (out, _("column"));
  g_string_append (out, ")\n    ax.set_ylabel(");
  dlm_code_string (out, _("row"));
  g_string_append (out, ")\n"
                   "fig.suptitle(");
  dlm_code_string (out, _("A picture rebuilt from its largest rank-1 layers"));
  g_string_append (out, ")\n");
}

static void
plot_lorenz (GString *out)
{
  g_string_append (out,
                   "if solution.success:\n"
                   "    plt.plot(a[0, :m + 1], a[2, :m + 1], linewidth=0.6, label=\"start\")\n"
                   "    plt.plot(b[0, :m + 1], b[2, :m + 1], linewidth=0.6, label=\"start + ε\")\n"
                   "    plt.legend()\n");
  dlm_code_labels (out, "x", "z", _("Two paths of the Lorenz system, seen along y"));
}

static void
plot_life (DlmComplexTopic *self,
           GString         *out)
{
  DlmLifeSetup setup = life_setup (self);

  if (!dlm_life_check (&setup, NULL))
    return;
  g_string_append (out, "plt.imshow(now, cmap=\"Greys\")\n");
  dlm_code_labels (out, _("column"), _("row"), NULL);
  g_string_append (out, "plt.title(f\"step {k}: {now.sum()} cells alive\")\n");
}

void
dlm_complex_write_plot_code (DlmTopic *topic,
                             GString  *out)
{
  DlmComplexTopic *self = DLM_COMPLEX_TOPIC (topic);

  g_string_append (out, "import matplotlib.pyplot as plt\n\n");
  switch (self->view)
    {
    case DLM_COMPLEX_VIEW_LORENZ:   plot_lorenz (out);      break;
    case DLM_COMPLEX_VIEW_LIFE:     plot_life (self, out);  break;
    case DLM_COMPLEX_VIEW_SPECTRAL:
    default:                        plot_spectral (out);    break;
    }
  g_string_append (out, "plt.show()\n");
}
