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
 * Lorenz: the script steps as the app does, GSL's rk8pd under GSL's
 * standard error control, with the same operations in the same order (a
 * different 8th-order method, SciPy's DOP853, parts from it after a few
 * time units: chaos): every key exact. Where a failing run stops
 * (blow_up_t, step_limit_t) is not worked out. */

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
    dlm_code_not_reproduced (out, "s_k", "below s[0] · max(A.shape) · 2⁻⁵², NumPy's rank "
                                         "tolerance: rounding noise, not the same in two libraries");
  else
    g_string_append (out, "show(\"s_k\", s[k - 1])\n");
  g_string_append (out, "show(\"energy_kept\", (np.linalg.norm(s[:k]) / np.linalg.norm(s))**2)\n");
  if (k < self->svd->rank && !is_noise (self->svd, k))
    g_string_append (out, "show(\"frobenius_error\", np.linalg.norm(A - approx))\n");
  else
    dlm_code_not_reproduced (out, "frobenius_error", "every layer left out is rounding noise, "
                                                     "and so is |A - approx|");
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
  /* the app's absolute and relative tolerances are one number */
  g_assert (setup.rel_tol == setup.abs_tol);
  g_string_append (out, "\ntolerance = ");
  dlm_code_float (out, setup.rel_tol);
  g_string_append (out, "  # of the error of each step, relative and absolute\n\n");
}

static const char lorenz_solver[] =
  "B = [\n"
  "    [1 / 18],\n"
  "    [1 / 48, 1 / 16],\n"
  "    [1 / 32, 0, 3 / 32],\n"
  "    [5 / 16, 0, -75 / 64, 75 / 64],\n"
  "    [3 / 80, 0, 0, 3 / 16, 3 / 20],\n"
  "    [29443841 / 614563906, 0, 0, 77736538 / 692538347, -28693883 / 1125000000, 23124283 / 1800000000],\n"
  "    [16016141 / 946692911, 0, 0, 61564180 / 158732637, 22789713 / 633445777, 545815736 / 2771057229, -180193667 / 1043307555],\n"
  "    [39632708 / 573591083, 0, 0, -433636366 / 683701615, -421739975 / 2616292301, 100302831 / 723423059, 790204164 / 839813087, 800635310 / 3783071287],\n"
  "    [246121993 / 1340847787, 0, 0, -37695042795 / 15268766246, -309121744 / 1061227803, -12992083 / 490766935, 6005943493 / 2108947869, 393006217 / 1396673457, 123872331 / 1001029789],\n"
  "    [-1028468189 / 846180014, 0, 0, 8478235783 / 508512852, 1311729495 / 1432422823, -10304129995 / 1701304382, -48777925059 / 3047939560, 15336726248 / 1032824649, -45442868181 / 3398467696, 3065993473 / 597172653],\n"
  "    [185892177 / 718116043, 0, 0, -3185094517 / 667107341, -477755414 / 1098053517, -703635378 / 230739211, 5731566787 / 1027545527, 5232866602 / 850066563, -4093664535 / 808688257, 3962137247 / 1805957418, 65686358 / 487910083],\n"
  "    [403863854 / 491063109, 0, 0, -5068492393 / 434740067, -411421997 / 543043805, 652783627 / 914296604, 11173962825 / 925320556, -13158990841 / 6184727034, 3936647629 / 1978049680, -160528059 / 685178525, 248638103 / 1413531060, 0],\n"
  "]\n"
  "A8 = [14005451 / 335480064, 0, 0, 0, 0, -59238493 / 1068277825, 181606767 / 758867731, 561292985 / 797845732, -1041891430 / 1371343529, 760417239 / 1151165299, 118820643 / 751138087, -528747749 / 2220607170, 1 / 4]\n"
  "A7 = [13451932 / 455176623, 0, 0, 0, 0, -808719846 / 976000145, 1757004468 / 5645159321, 656045339 / 265891186, -3867574721 / 1518517206, 465885868 / 322736535, 53011238 / 667516719, 2 / 45]\n"
  "\n"
  "B = [np.array(row) for row in B]\n"
  "A8, A7 = np.array(A8), np.array(A7)\n"
  "\n"
  "\n"
  "def lorenz(s):\n"
  "    x, y, z = s[0::3], s[1::3], s[2::3]\n"
  "    f = np.empty(6)\n"
  "    f[0::3] = sigma * (y - x)\n"
  "    f[1::3] = x * (rho - z) - y\n"
  "    f[2::3] = x * y - beta * z\n"
  "    return f\n"
  "\n"
  "\n"
  "def weighted(coefficients, k):\n"
  "    \"\"\"Σ cⱼ kⱼ over the non-zero cⱼ, added left to right as GSL writes it\n"
  "    (np.cumsum adds in that order).\"\"\"\n"
  "    used = np.flatnonzero(coefficients)\n"
  "    return np.cumsum(coefficients[used, None] * k[used], axis=0)[-1]\n"
  "\n"
  "\n"
  "def rk8pd_step(y, h, k1):\n"
  "    \"\"\"One step of length h from y, k1 = f(y): the new y and its error.\"\"\"\n"
  "    k = np.empty((13, 6))\n"
  "    k[0] = k1\n"
  "    k[1] = lorenz(y + B[0][0] * h * k1)\n"
  "    for i, row in enumerate(B[1:], start=2):\n"
  "        k[i] = lorenz(y + h * weighted(row, k))\n"
  "    y_new = y + h * weighted(A8, k)\n"
  "    error = h * (weighted(A7, k) - weighted(A8, k))\n"
  "    return y_new, error\n"
  "\n"
  "\n"
  "def adjust(y, error, h):\n"
  "    \"\"\"GSL's step control: the error against tolerance · (|y| + 1); a step\n"
  "    too far off is retried shorter, a step well within leads to a longer\n"
  "    one (S = 0.9, at most 5 times longer or 5 times shorter).\"\"\"\n"
  "    rmax = max([2.2250738585072014e-308] + (np.abs(error) / (tolerance * np.abs(y) + tolerance)).tolist())\n"
  "    if rmax > 1.1:\n"
  "        return max(0.9 / rmax ** (1 / 8), 0.2) * h, -1\n"
  "    if rmax < 0.5:\n"
  "        return min(max(0.9 / rmax ** (1 / 9), 1.0), 5.0) * h, 1\n"
  "    return h, 0\n"
  "\n"
  "\n"
  "def evolve(t, t1, h, y):\n"
  "    \"\"\"One accepted step towards t1 (GSL's evolve_apply): the new time,\n"
  "    the step to try next, the new state.\"\"\"\n"
  "    k1 = lorenz(y)\n"
  "    while True:\n"
  "        final = h > t1 - t\n"
  "        step = t1 - t if final else h\n"
  "        y_new, error = rk8pd_step(y, step, k1)\n"
  "        t_new = t1 if final else t + step\n"
  "        h_new, change = adjust(y_new, error, step)\n"
  "        if change < 0:\n"
  "            if abs(h_new) < abs(step) and t_new + h_new != t_new:\n"
  "                h = h_new\n"
  "                continue\n"
  "            raise ArithmeticError(\"no step short enough\")\n"
  "        return t_new, (h if final else h_new), y_new\n"
  "\n"
  "\n"
  "n = math.floor(t_end / dt + 1e-9) + 1\n"
  "second = start + [epsilon, 0, 0]\n"
  "state = np.concatenate([start, second])\n"
  "t, h = 0.0, dt / 10\n"
  "path = [state]\n"
  "try:\n"
  "    for i in range(1, n):\n"
  "        while i * dt - t > 0:\n"
  "            t, h, state = evolve(t, i * dt, h, state)\n"
  "            if abs(h) < 1e-12:\n"
  "                raise ArithmeticError(\"the steps grow too short\")\n"
  "        if not np.isfinite(state).all():\n"
  "            raise ArithmeticError(\"the solution runs off to infinity\")\n"
  "        path.append(state)\n"
  "except ArithmeticError:\n"
  "    path = None\n"
  "m = math.floor(progress * (n - 1) + 0.5)  # halves rounded up, as the app does\n"
  "\n"
  "\n"
  "def distance(state):\n"
  "    gap = state[:3] - state[3:]\n"
  "    return math.hypot(math.hypot(gap[0], gap[1]), gap[2])\n"
  "\n"
  "\n";

static void
write_lorenz (DlmComplexTopic *self,
              GString         *out)
{
  write_lorenz_setup (self, out);
  dlm_code_comment (out, _("The app's solver, step for step: GSL's Prince–Dormand 8(7) method "
                           "(rk8pd) with its error control, both paths as one system of six "
                           "equations. SciPy's solve_ivp(method=\"DOP853\") is a close cousin, "
                           "but in a chaotic system a difference in the last digit grows to any "
                           "size, so only the same arithmetic gives the same end point. Row i of "
                           "B makes stage i + 2 from the stages before it; A8 gives the 8th-order "
                           "step, A7 the 7th-order one its error is measured against."));
  g_string_append (out, lorenz_solver);
  dlm_code_not_reproduced (out, "blow_up_t", "where a run that fails stops is not worked out here");
  dlm_code_not_reproduced (out, "step_limit_t", "the same");
  g_string_append (out,
                   "if path is not None:\n"
                   "    path = np.array(path)\n"
                   "    a, b = path[:, :3].T, path[:, 3:].T\n"
                   "    show(\"t\", m * dt)\n"
                   "    show(\"final_distance\", distance(path[m]))\n"
                   "    show(\"start_distance\", distance(path[0]))\n"
                   "    show(\"x\", a[0, m])\n"
                   "    show(\"y\", a[1, m])\n"
                   "    show(\"z\", a[2, m])\n");
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
                   "if path is not None:\n"
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
