/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <glib/gi18n.h>

#include "dlm-code.h"
#include "dlm-code-grid.h"
#include "dlm-transpose-private.h"

/* The code card of the transpose. Every key is exact: transposing and
 * scaling move and multiply single numbers, and vᵀv, which the app gets
 * from BLAS (gsl_blas_dgemm adds the squares left to right), is added in
 * that order with np.cumsum. */

static void
write_common (DlmTransposeTopic *self,
              GString           *out)
{
  dlm_code_comment (out, _("A as typed; A.T swaps rows and columns: entry (i, j) goes to (j, i), "
                           "and an m × n matrix becomes n × m."));
  dlm_code_np_matrix (out, "A", self->a);
  g_string_append (out, "At = A.T\n\n");
  dlm_code_comment (out, _("v is A's first column, an n × 1 matrix; vᵀv (v.T @ v) is 1 × 1, a "
                           "scalar: the sum of the squares, added here in the app's order."));
  g_string_append (out,
                   "v = A[:, :1]\n"
                   "squares = (v * v).ravel()\n"
                   "running = np.cumsum(squares)\n"
                   "vtv = running[-1]\n\n");
  g_string_append (out,
                   "show(\"rows\", At.shape[0])\n"
                   "show(\"cols\", At.shape[1])\n"
                   "# symmetric: square, and equal to its own transpose\n"
                   "show(\"symmetric\", int(A.shape[0] == A.shape[1] and np.array_equal(A, At)))\n"
                   "show(\"vtv\", vtv)\n");
}

static void
write_rules (DlmTransposeTopic *self,
             GString           *out)
{
  g_string_append_c (out, '\n');
  dlm_code_comment (out, _("Scaling and transposing commute: (αA)ᵀ = αAᵀ, entry by entry the same "
                           "products. AᵀA is symmetric whatever A is."));
  g_string_append (out, "alpha = ");
  dlm_code_float (out, self->scalar);
  g_string_append (out,
                   "\n"
                   "scaled_t = (alpha * A).T\n"
                   "alpha_t = alpha * A.T\n"
                   "AtA = A.T @ A\n\n"
                   "show(\"alpha\", alpha)\n"
                   "show(\"scalar_rule_holds\", int(np.array_equal(scaled_t, alpha_t)))\n");
}

static void
write_progress (DlmTransposeTopic *self,
                GString           *out,
                gboolean           vector)
{
  g_string_append (out, "\nprogress = ");
  dlm_code_float (out, self->progress);
  g_string_append (out, "  # how far the animation has flipped, 0 to 1\n");
  if (vector)
    g_string_append (out, "show(\"vector_length\", v.shape[0])\n");
  g_string_append (out, "show(\"progress\", progress)\n");
}

void
dlm_transpose_write_code (DlmTopic *topic,
                          GString  *out)
{
  DlmTransposeTopic *self = DLM_TRANSPOSE_TOPIC (topic);

  dlm_code_begin (out, DLM_CODE_NUMPY);
  write_common (self, out);
  switch (self->view)
    {
    case DLM_TRANSPOSE_VIEW_RULES:  write_rules (self, out);           break;
    case DLM_TRANSPOSE_VIEW_VECTOR: write_progress (self, out, TRUE);  break;
    case DLM_TRANSPOSE_VIEW_FLIP:
    default:                        write_progress (self, out, FALSE); break;
    }
}

/* ---- the figure's main panel --------------------------------------------- */

static void
plot_vector (GString *out)
{
  g_string_append (out,
                   "i = np.arange(squares.size)\n"
                   "plt.bar(i, squares, label=\"vᵢ²\")\n"
                   "plt.step(i, running, where=\"mid\", color=\"black\", label=\"running sum\")\n"
                   "plt.legend()\n");
  dlm_code_labels (out, _("index i"), _("value"), _("vᵀv: the sum of the squares, a scalar"));
}

void
dlm_transpose_write_plot_code (DlmTopic *topic,
                               GString  *out)
{
  DlmTransposeTopic *self = DLM_TRANSPOSE_TOPIC (topic);

  g_string_append (out, "import matplotlib.pyplot as plt\n\n");
  switch (self->view)
    {
    case DLM_TRANSPOSE_VIEW_RULES:
      dlm_code_grids (out, "scaled_t, alpha_t, AtA", "\"(αA)ᵀ\", \"αAᵀ\", \"AᵀA\"",
                  _("(αA)ᵀ = αAᵀ, and AᵀA is symmetric"));
      break;
    case DLM_TRANSPOSE_VIEW_VECTOR:
      plot_vector (out);
      break;
    case DLM_TRANSPOSE_VIEW_FLIP:
    default:
      dlm_code_grids (out, "A, At", "\"A\", \"Aᵀ\"", _("The transpose: entry (i, j) moves to (j, i)"));
      break;
    }
  g_string_append (out, "plt.show()\n");
}
