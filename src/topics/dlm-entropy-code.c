/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <glib/gi18n.h>

#include "dlm-code.h"
#include "dlm-entropy-private.h"

/* The code card of entropy. The sums are short (at most 50 terms), so the
 * script adds them one term after the other with math.log, as dlm-entropy.c
 * does: the same operations in the same order give the same bits, which
 * matters for KL = H(p, q) − H(p), a difference of two close numbers.
 * NumPy's one-line formulas are checked against them. */

static const char *const base_literals[] = {
  [DLM_ENTROPY_BASE_2] = "2.0",
  [DLM_ENTROPY_BASE_E] = "math.e",
  [DLM_ENTROPY_BASE_10] = "10.0",
};

static void
write_inputs (DlmEntropyTopic *self,
              GString         *out)
{
  dlm_code_comment (out, _("The logarithm's base (2: bits, e: nats, 10: hartleys), the coin's p, "
                           "the distribution dist, the prediction q and the true class, as typed."));
  g_string_append_printf (out, "b = %s\np = ", base_literals[self->base]);
  dlm_code_float (out, self->p);
  g_string_append_c (out, '\n');
  dlm_code_np_array (out, "dist_typed", dlm_entropy_topic_values (self->dist.typed), self->dist.typed->len);
  dlm_code_np_array (out, "q_typed", dlm_entropy_topic_values (self->q.typed), self->q.typed->len);
  g_string_append_printf (out, "truth = %d\n\n", self->truth);
}

static const char normalise_function[] =
  "def normalise(values):\n"
  "    with np.errstate(over=\"ignore\"):  # values near 1e308 may add up to inf\n"
  "        total = np.cumsum(values)[-1]\n"
  "    if np.isinf(total):\n"
  "        values = values / values.max()\n"
  "        return values / np.cumsum(values)[-1], True\n"
  "    return values / total, abs(total - 1) > 1e-9\n"
  "\n\n";

static const char measure_functions[] =
  "def entropy(p):\n"
  "    h = 0.0\n"
  "    for p_i in p:\n"
  "        if p_i > 0:\n"
  "            h += -p_i * math.log(p_i) / math.log(b)\n"
  "    return h + 0.0\n"
  "\n\n"
  "def cross_entropy(p, q):\n"
  "    h = 0.0\n"
  "    for p_i, q_i in zip(p, q):\n"
  "        if p_i == 0:\n"
  "            continue\n"
  "        if q_i == 0:\n"
  "            return math.inf\n"
  "        h -= p_i * math.log(q_i) / math.log(b)\n"
  "    return h + 0.0\n"
  "\n\n"
  "def kl_divergence(p, q):\n"
  "    n = min(len(p), len(q))\n"
  "    cross = cross_entropy(p[:n], q[:n])\n"
  "    return cross if math.isinf(cross) else max(cross - entropy(p[:n]), 0.0)\n"
  "\n\n";

static void
write_functions (GString *out)
{
  dlm_code_comment (out, _("A total other than 1 is divided out. The app adds the values one "
                           "after the other, as np.cumsum does (np.sum adds pairwise, which may "
                           "differ in the last bit); values whose total overflows are first "
                           "divided by the largest."));
  g_string_append (out, normalise_function);
  dlm_code_comment (out, _("H(p) = −Σ p log p, where 0 · log 0 counts as 0 (its limit); the "
                           "cross-entropy H(p, q) = −Σ p log q, infinite when a true outcome "
                           "gets q = 0; KL(p ‖ q) = H(p, q) − H(p) ≥ 0. Each term is added "
                           "in turn; + 0.0 turns −0 into 0."));
  g_string_append (out, measure_functions);
}

static void
write_numbers (DlmEntropyTopic *self,
               GString         *out)
{
  g_string_append (out,
                   "dist, dist_rescaled = normalise(dist_typed)\n"
                   "q, q_rescaled = normalise(q_typed)\n");
  if (self->target == DLM_ENTROPY_TARGET_DIST)
    dlm_code_comment (out, _("The truth is the distribution dist."));
  else
    dlm_code_comment (out, _("The truth is one-hot: probability 1 for the true class."));
  g_string_append (out, self->target == DLM_ENTROPY_TARGET_DIST
                   ? "truth_p = dist\n"
                   : "truth_p = np.zeros(q.size)\ntruth_p[truth] = 1.0\n");
  g_string_append (out,
                   "binary = entropy([p, 1 - p])\n"
                   "cross = cross_entropy(truth_p, q)\n\n");
  dlm_code_comment (out, _("The same with NumPy's array formulas, equal up to rounding."));
  g_string_append (out,
                   "nonzero = dist[dist > 0]\n"
                   "assert np.isclose(entropy(dist), -np.sum(nonzero * np.log(nonzero)) / np.log(b))\n"
                   "if not math.isinf(cross):\n"
                   "    kept = truth_p > 0\n"
                   "    assert np.isclose(cross, -np.sum(truth_p[kept] * np.log(q[kept])) / np.log(b))\n\n");
}

static void
write_summary (DlmEntropyTopic *self,
               GString         *out)
{
  g_string_append (out,
                   "show(\"entropy\", binary)\n"
                   "show(\"cross_entropy\", cross)\n"
                   "show(\"kl\", kl_divergence(truth_p, q))\n"
                   "show(\"base\", b)\n"
                   "show(\"binary_entropy\", binary)\n"
                   "show(\"dist_entropy\", entropy(dist))\n"
                   "show(\"max_entropy\", math.log(dist.size) / math.log(b))\n"
                   "show(\"truth_entropy\", entropy(truth_p))\n"
                   "show(\"normalised\", dist_rescaled or q_rescaled)\n");
  switch (self->view)
    {
    case DLM_ENTROPY_VIEW_DISTRIBUTION:
      dlm_code_comment (out, _("How much of the largest possible entropy, log n, dist has."));
      g_string_append (out,
                       "show(\"outcomes\", dist.size)\n"
                       "show(\"entropy_share\", entropy(dist) / (math.log(dist.size) / math.log(b)) "
                       "if dist.size > 1 else 1)\n");
      break;
    case DLM_ENTROPY_VIEW_CROSS:
      g_string_append (out, "show(\"classes\", q.size)\n");
      if (self->target == DLM_ENTROPY_TARGET_ONEHOT)
        g_string_append (out, "show(\"q_true\", q[truth])\n");
      break;
    case DLM_ENTROPY_VIEW_BINARY:
    default:
      dlm_code_comment (out, _("The surprise of each side, −log p: infinite for a side that never "
                               "comes up."));
      g_string_append (out,
                       "def surprise(x):\n"
                       "    return -math.log(x) / math.log(b) + 0.0 if x > 0 else math.inf\n\n\n"
                       "show(\"surprise_heads\", surprise(p))\n"
                       "show(\"surprise_tails\", surprise(1 - p))\n");
      break;
    }
}

void
dlm_entropy_write_code (DlmTopic *topic,
                        GString  *out)
{
  DlmEntropyTopic *self = DLM_ENTROPY_TOPIC (topic);

  dlm_code_begin (out, DLM_CODE_MATH | DLM_CODE_NUMPY);
  write_inputs (self, out);
  write_functions (out);
  write_numbers (self, out);
  write_summary (self, out);
}

/* ---- the figure's main panel --------------------------------------------- */

void
dlm_entropy_write_plot_code (DlmTopic *topic,
                             GString  *out)
{
  DlmEntropyTopic *self = DLM_ENTROPY_TOPIC (topic);
  g_autofree char *unit = g_strdup_printf (_("entropy (%s)"), dlm_entropy_topic_unit (self));

  g_string_append (out, "import matplotlib.pyplot as plt\n\n");
  switch (self->view)
    {
    case DLM_ENTROPY_VIEW_DISTRIBUTION:
      g_string_append (out,
                       "outcome = np.arange(dist.size)\n"
                       "plt.bar(outcome, dist)\n"
                       "plt.xticks(outcome)\n");
      dlm_code_labels (out, _("outcome"), _("probability"), _("Entropy: how uncertain a distribution is"));
      break;
    case DLM_ENTROPY_VIEW_CROSS:
      g_string_append (out,
                       "plt.bar(np.arange(truth_p.size) - 0.2, truth_p, width=0.4, label=\"p\")\n"
                       "plt.bar(np.arange(q.size) + 0.2, q, width=0.4, label=\"q\")\n"
                       "plt.xticks(np.arange(max(truth_p.size, q.size)))\n"
                       "plt.legend()\n");
      dlm_code_labels (out, _("class"), _("probability"),
                       _("Cross-entropy: the loss of a prediction q for the truth p"));
      break;
    case DLM_ENTROPY_VIEW_BINARY:
    default:
      g_string_append (out,
                       "grid = np.linspace(0, 1, 201)\n"
                       "plt.plot(grid, [entropy([x, 1 - x]) for x in grid])\n"
                       "plt.plot([p], [binary], \"o\")\n");
      dlm_code_labels (out, "p", unit, _("Binary entropy: the uncertainty of a coin"));
      break;
    }
  g_string_append (out, "plt.show()\n");
}
