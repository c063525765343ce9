/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <glib/gi18n.h>

#include "dlm-code.h"
#include "dlm-code-grid.h"
#include "dlm-matmul-private.h"

/* The code card of matrix multiplication. Every key is exact: the app's
 * BLAS (gsl_blas_dgemm) adds the terms of each entry left to right, and
 * the script adds the entry it prints in that order (A @ B may add in
 * another order and differ in the last digits); the random matrices are
 * NumPy's own legacy draws from the same seed, and integers multiply
 * exactly. */

static void
write_steps (DlmMatmulTopic *self,
             GString        *out)
{
  dlm_code_comment (out, _("A and B as typed, each transposed or not; C = AB is defined when A "
                           "has as many columns as B has rows, and is (rows of A) × (columns of B)."));
  dlm_code_np_matrix (out, "A", self->a);
  dlm_code_np_matrix (out, "B", self->b);
  g_string_append_printf (out,
                          "if %s:\n    A = A.T\n"
                          "if %s:\n    B = B.T\n"
                          "step = %d  # entries of C filled so far, row by row\n\n",
                          self->transpose_a ? "True" : "False",
                          self->transpose_b ? "True" : "False", self->step);
  g_string_append (out,
                   "C = A @ B\n"
                   "filled = min(step, C.size)\n\n"
                   "show(\"rows\", C.shape[0])\n"
                   "show(\"cols\", C.shape[1])\n"
                   "show(\"inner\", A.shape[1])\n"
                   "show(\"steps\", C.size)\n"
                   "show(\"filled\", filled)\n"
                   "if filled > 0:\n"
                   "    # the entry filled last: row i of A times column j of B, the terms\n"
                   "    # added left to right as the app adds them\n"
                   "    i, j = divmod(filled - 1, C.shape[1])\n"
                   "    terms = A[i, :] * B[:, j]\n"
                   "    show(\"current_row\", i)\n"
                   "    show(\"current_col\", j)\n"
                   "    show(\"current_value\", np.cumsum(terms)[-1])\n");
}

static void
write_sizes (GString *out)
{
  dlm_code_comment (out, _("The course's shape examples: NumPy multiplies when the inner sizes "
                           "match and raises ValueError when they do not."));
  g_string_append (out, "cases = [\n");
  for (guint k = 0; k < N_SIZE_CASES; k++)
    {
      const DlmMatmulSizeCase *c = &dlm_matmul_size_cases[k];
      g_autofree char *name = g_strdup_printf ("%s%s", c->a_name, c->b_name);

      g_string_append (out, "    (");
      dlm_code_string (out, name);
      g_string_append_printf (out, ", (%u, %u), (%u, %u)),\n",
                              c->a_rows, c->a_cols, c->b_rows, c->b_cols);
    }
  g_string_append (out,
                   "]\n"
                   "results = []\n"
                   "for name, left, right in cases:\n"
                   "    try:\n"
                   "        results.append((np.ones(left) @ np.ones(right)).shape)\n"
                   "    except ValueError:  # the inner sizes differ\n"
                   "        results.append(None)\n\n"
                   "show(\"cases\", len(cases))\n"
                   "show(\"defined_cases\", sum(shape is not None for shape in results))\n");
}

static void
write_random (DlmMatmulTopic *self,
              GString        *out)
{
  dlm_code_comment (out, _("Random integer matrices from NumPy's legacy generator, seeded: the "
                           "same seed gives the same A and B. AB ≠ BA in general, and A times the "
                           "identity is A."));
  g_string_append_printf (out,
                          "np.random.seed(%u)\n"
                          "A = np.random.randint(%d, %d, size=(%d, %d))\n"
                          "B = np.random.randint(%d, %d, size=(%d, %d))\n"
                          "AB = A @ B\n"
                          "BA = B @ A if B.shape[1] == A.shape[0] else None\n"
                          "AI = A @ np.eye(A.shape[1])\n\n",
                          dlm_topic_get_seed (DLM_TOPIC (self)),
                          DLM_MATMUL_RANDOM_LOW, DLM_MATMUL_RANDOM_HIGH, self->rows, self->inner,
                          DLM_MATMUL_RANDOM_LOW, DLM_MATMUL_RANDOM_HIGH, self->inner, self->cols);
  g_string_append (out,
                   "show(\"random_rows\", AB.shape[0])\n"
                   "show(\"random_inner\", A.shape[1])\n"
                   "show(\"random_cols\", AB.shape[1])\n"
                   "show(\"ba_defined\", int(BA is not None))\n"
                   "if BA is not None and BA.shape == AB.shape:\n"
                   "    show(\"commutes\", int(np.array_equal(AB, BA)))\n"
                   "show(\"ai_equals_a\", int(np.array_equal(AI, A)))\n");
}

void
dlm_matmul_write_code (DlmTopic *topic,
                       GString  *out)
{
  DlmMatmulTopic *self = DLM_MATMUL_TOPIC (topic);

  dlm_code_begin (out, DLM_CODE_NUMPY);
  switch (self->view)
    {
    case DLM_MATMUL_VIEW_SIZES:  write_sizes (out);         break;
    case DLM_MATMUL_VIEW_RANDOM: write_random (self, out);  break;
    case DLM_MATMUL_VIEW_STEPS:
    default:                     write_steps (self, out);   break;
    }
}

/* ---- the figure's main panel --------------------------------------------- */

static void
plot_sizes (GString *out)
{
  g_string_append (out,
                   "def block(x, y, shape, color):\n"
                   "    \"\"\"A matrix drawn as a rows × columns rectangle from (x, y) down.\"\"\"\n"
                   "    rows, cols = shape\n"
                   "    plt.fill([x, x + cols, x + cols, x], [y, y, y - rows, y - rows], color=color, alpha=0.5)\n"
                   "    return x + cols + 1\n\n\n"
                   "for row, ((name, left, right), shape) in enumerate(zip(cases, results)):\n"
                   "    y = -9 * row\n"
                   "    x = block(block(0, y, left, \"tab:blue\"), y, right, \"tab:orange\")\n"
                   "    if shape is not None:\n"
                   "        block(x + 1, y, shape, \"tab:green\")\n"
                   "    verdict = f\"{shape[0]}×{shape[1]}\" if shape else \"✗\"\n"
                   "    plt.text(-1, y - 0.5, f\"{name}: {left[0]}×{left[1]} · {right[0]}×{right[1]} → {verdict}\",\n"
                   "             ha=\"right\", va=\"top\", color=\"tab:green\" if shape else \"tab:red\")\n"
                   "plt.xlim(-16, 26)\n"
                   "plt.gca().set_aspect(\"equal\")\n"
                   "plt.xticks([])\n"
                   "plt.yticks([])\n");
  dlm_code_labels (out, NULL, NULL, _("The inner sizes must match"));
}

void
dlm_matmul_write_plot_code (DlmTopic *topic,
                            GString  *out)
{
  DlmMatmulTopic *self = DLM_MATMUL_TOPIC (topic);

  g_string_append (out, "import matplotlib.pyplot as plt\n\n");
  switch (self->view)
    {
    case DLM_MATMUL_VIEW_SIZES:
      plot_sizes (out);
      break;
    case DLM_MATMUL_VIEW_RANDOM:
      if (self->cols == self->rows)
        dlm_code_grids (out, "A, B, AB, BA", "\"A\", \"B\", \"AB\", \"BA\"", _("AB and BA differ"));
      else
        dlm_code_grids (out, "A, B, AB", "\"A\", \"B\", \"AB\"", _("AB of random matrices"));
      break;
    case DLM_MATMUL_VIEW_STEPS:
    default:
      g_string_append (out, "C_shown = np.where(np.arange(C.size).reshape(C.shape) < filled, C, np.nan)\n");
      dlm_code_grids (out, "A, B, C_shown", "\"A\", \"B\", \"C = AB\"",
                      _("C = AB, one entry at a time: row i of A · column j of B"));
      break;
    }
  g_string_append (out, "plt.show()\n");
}
