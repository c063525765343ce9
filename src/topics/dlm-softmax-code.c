/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <glib/gi18n.h>

#include "dlm-code.h"
#include "dlm-softmax-private.h"

/* The code card of softmax: NumPy computes σ(z/T) the stable way, as
 * dlm_softmax() does (e^(z/T − m) / Σ, m the largest z/T), and PyTorch's
 * softmax is checked against it. Every view prints the logits' keys, then
 * the keys of what it draws. */

static const char softmax_function[] =
  "def softmax(z, T=1.0):\n"
  "    s = z / T\n"
  "    e = np.exp(s - s.max(axis=-1, keepdims=True))\n"
  "    return e / e.sum(axis=-1, keepdims=True)\n"
  "\n\n";

static void
write_inputs (DlmSoftmaxTopic *self,
              GString         *out)
{
  g_auto(GStrv) labels = dlm_softmax_all_labels (self, FALSE);

  dlm_code_comment (out, _("The logits z, a name for each, and the temperature T."));
  g_string_append (out, "z = np.array(");
  dlm_code_floats (out, (const double *) self->logits->data, self->logits->len);
  g_string_append (out, ")\nlabels = ");
  dlm_code_strings (out, (const char *const *) labels);
  g_string_append (out, "\nT = ");
  dlm_code_float (out, self->temperature);
  g_string_append (out, "\n\n");
  dlm_code_comment (out, _("Softmax of z/T along the last axis. Subtracting the largest "
                           "value first changes nothing (softmax is shift-invariant) but "
                           "keeps every exponential at most 1, so it cannot overflow."));
  g_string_append (out, softmax_function);
}

static void
write_logit_keys (GString *out)
{
  dlm_code_comment (out, _("The probabilities and the most likely logit (np.argmax "
                           "returns the first of equal largest values); log Σ e^(z/T) "
                           "with the same shift: m + log Σ e^(z/T − m)."));
  g_string_append (out,
                   "p = softmax(z, T)\n"
                   "best = np.argmax(p)\n"
                   "m = (z / T).max()\n\n"
                   "show(\"n\", z.size)\n"
                   "show(\"temperature\", T)\n"
                   "show(\"sum\", p.sum())\n"
                   "show(\"argmax\", best)\n"
                   "show(\"argmax_label\", labels[best])\n"
                   "show(\"max_probability\", p[best])\n"
                   "show(\"logsumexp\", m + np.log(np.exp(z / T - m).sum()))\n");
}

static void
write_torch_check (GString *out)
{
  g_string_append_c (out, '\n');
  dlm_code_comment (out, _("PyTorch's softmax gives the same probabilities (in float64, "
                           "as NumPy computes)."));
  g_string_append (out,
                   "if torch is not None:\n"
                   "    p_torch = torch.softmax(torch.tensor(z) / T, dim=0)\n"
                   "    assert np.allclose(p_torch.numpy(), p, rtol=1e-12, atol=0)\n");
}

static void
write_bars (GString *out)
{
  g_string_append_c (out, '\n');
  dlm_code_comment (out, _("The middle panel: e^(z/T) computed directly, whose sum is "
                           "inf once a term overflows."));
  g_string_append (out, "show(\"exp_sum\", np.exp(z / T).sum())\n");
}

static void
write_classifier (GString *out)
{
  /* the summary's names, untranslated */
  const char *const classes[] = { dlm_softmax_class_names[0], dlm_softmax_class_names[1],
                                  dlm_softmax_class_names[2], NULL };

  g_string_append_c (out, '\n');
  dlm_code_comment (out, _("The classifier: one row of logits per image, one column per "
                           "class. Softmax turns each row into probabilities that sum to "
                           "1; the prediction is the most likely class, and ties counts "
                           "the classes that share the largest probability."));
  g_string_append (out, "classes = ");
  dlm_code_strings (out, classes);
  g_string_append (out, "\nimages = np.array(");
  dlm_code_matrix (out, &dlm_softmax_class_logits[0][0], 3, 3);
  g_string_append (out,
                   ")\n"
                   "P = softmax(images, T)\n"
                   "for k, p_k in enumerate(P, start=1):\n"
                   "    best_k = np.argmax(p_k)\n"
                   "    show(f\"image{k}_prediction\", classes[best_k])\n"
                   "    show(f\"image{k}_max_probability\", p_k[best_k])\n"
                   "    show(f\"image{k}_ties\", np.sum(p_k == p_k[best_k]))\n");
}

static void
write_stability (GString *out)
{
  g_string_append_c (out, '\n');
  dlm_code_comment (out, _("The naive way: e^(z/T) directly. Above z/T ≈ 709.78 e^x is inf "
                           "in double precision (NumPy warns: overflow encountered in exp), "
                           "and inf/inf is nan. The stable way subtracts m first: its "
                           "largest term is exactly 1."));
  g_string_append (out,
                   "naive = np.exp(z / T)\n"
                   "shifted = np.exp(z / T - m)\n\n"
                   "show(\"exp_sum\", naive.sum())\n"
                   "show(\"max_scaled_logit\", m)\n"
                   "show(\"overflow_count\", np.isinf(naive).sum())\n"
                   "show(\"naive_finite\", np.isfinite(naive.sum()))\n"
                   "show(\"shifted_sum\", shifted.sum())\n");
}

void
dlm_softmax_write_code (DlmTopic *topic,
                        GString  *out)
{
  DlmSoftmaxTopic *self = DLM_SOFTMAX_TOPIC (topic);

  dlm_code_begin (out, DLM_CODE_NUMPY | DLM_CODE_TORCH);
  write_inputs (self, out);
  write_logit_keys (out);
  switch (self->view)
    {
    case DLM_SOFTMAX_VIEW_CLASSIFIER: write_classifier (out); break;
    case DLM_SOFTMAX_VIEW_STABILITY:  write_stability (out);  break;
    case DLM_SOFTMAX_VIEW_BARS:
    default:                          write_bars (out);       break;
    }
  write_torch_check (out);
}

/* ---- the figure's main panel --------------------------------------------- */

/* σ(z/T) as bars, the most likely outlined, each labelled with its value. */
static void
plot_bars (GString *out)
{
  g_string_append (out,
                   "i = np.arange(z.size)\n"
                   "edges = np.where(p == p[best], \"black\", \"none\")\n"
                   "bars = plt.bar(i, p, color=\"tab:green\", edgecolor=edges, linewidth=2)\n"
                   "if z.size <= 20:\n"
                   "    plt.bar_label(bars, fmt=\"%.2f\")\n"
                   "    plt.xticks(i, labels)\n"
                   "plt.ylim(0, 1.1)\n");
  dlm_code_labels (out, NULL, _("probability"), _("Softmax σ(z): the probabilities sum to 1"));
}

/* One panel per image, its class probabilities, the prediction (or the
 * tied classes) outlined and named over the panel. */
static void
plot_classifier (GString *out)
{
  g_string_append (out,
                   "fig, axes = plt.subplots(1, 3, sharey=True, figsize=(10, 3.5))\n"
                   "for k, (ax, p_k) in enumerate(zip(axes, P), start=1):\n"
                   "    top = p_k == p_k.max()\n"
                   "    edges = np.where(top, \"black\", \"none\")\n"
                   "    bars = ax.bar(classes, p_k, color=\"tab:green\", edgecolor=edges, linewidth=2)\n"
                   "    ax.bar_label(bars, fmt=\"%.2f\")\n"
                   "    ax.set_title(f\"{k}: \" + \" = \".join(np.array(classes)[top]))\n"
                   "axes[0].set_ylim(0, 1.1)\n"
                   "axes[0].set_ylabel(");
  dlm_code_string (out, _("probability"));
  g_string_append (out, ")\nfig.suptitle(");
  dlm_code_string (out, _("Softmax per image: the most likely class"));
  g_string_append (out, ")\nfig.tight_layout()\n");
}

/* The naive exponentials, an overflow drawn as a full-height red bar
 * marked inf, beside the shifted ones, whose largest is 1. */
static void
plot_stability (GString *out)
{
  g_string_append (out,
                   "i = np.arange(z.size)\n"
                   "fig, (left, right) = plt.subplots(1, 2, figsize=(10, 3.5))\n"
                   "finite = np.isfinite(naive)\n"
                   "top = naive[finite].max() if finite.any() else 1.0\n"
                   "left.bar(i, np.where(finite, naive, top),\n"
                   "         color=np.where(finite, \"tab:orange\", \"tab:red\"))\n"
                   "for k in i[~finite]:\n"
                   "    left.text(k, top, \"inf\", ha=\"center\", va=\"bottom\", color=\"tab:red\")\n"
                   "left.set_ylim(0, top * 1.15)\n"
                   "if not finite.any():\n"
                   "    left.set_yticks([])  # every term is inf: no scale to read\n"
                   "right.bar(i, shifted, color=\"tab:blue\")\n"
                   "right.set_ylim(0, 1.15)\n"
                   "left.set_title(");
  dlm_code_string (out, _("Naive: $e^{z/T}$"));
  g_string_append (out, ")\nright.set_title(");
  dlm_code_string (out, _("Stable: $e^{z/T - m}$, at most 1"));
  g_string_append (out,
                   ")\n"
                   "if z.size <= 20:\n"
                   "    left.set_xticks(i, labels)\n"
                   "    right.set_xticks(i, labels)\n"
                   "fig.tight_layout()\n");
}

void
dlm_softmax_write_plot_code (DlmTopic *topic,
                             GString  *out)
{
  DlmSoftmaxTopic *self = DLM_SOFTMAX_TOPIC (topic);

  g_string_append (out, "import matplotlib.pyplot as plt\n\n");
  switch (self->view)
    {
    case DLM_SOFTMAX_VIEW_CLASSIFIER: plot_classifier (out); break;
    case DLM_SOFTMAX_VIEW_STABILITY:  plot_stability (out);  break;
    case DLM_SOFTMAX_VIEW_BARS:
    default:                          plot_bars (out);       break;
    }
  g_string_append (out, "plt.show()\n");
}
