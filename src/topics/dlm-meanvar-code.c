/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <glib/gi18n.h>

#include "dlm-code.h"
#include "dlm-meanvar-private.h"

/* The code card of mean and variance: NumPy computes the view's numbers as
 * the app does (dlm-meanvar.c follows NumPy's order of operations: x.mean()
 * is np.sum(x) / n, the sums pairwise), so every key matches to the bit. */

static void
write_array (GString    *out,
             const char *name,
             GArray     *values)
{
  dlm_code_np_array (out, name, dlm_meanvar_values_of (values), values->len);
}

static void
write_data (DlmMeanvarTopic *self,
            GString         *out)
{
  dlm_code_comment (out, _("The data, and ddof: the variance divides by n − ddof "
                           "(1: the sample variance, n − 1; 0: the population's, n)."));
  write_array (out, "x", self->data);
  g_string_append_printf (out, "ddof = %d\n\n", self->ddof);
}

static const char spread_function[] =
  "def spread(prefix, values):\n"
  "    deviation = values - values.mean()\n"
  "    absolute = np.abs(deviation)\n"
  "    show(prefix + \"n\", values.size)\n"
  "    show(prefix + \"mean\", values.mean())\n"
  "    show(prefix + \"variance\", values.var(ddof=ddof))\n"
  "    show(prefix + \"std\", values.std(ddof=ddof))\n"
  "    show(prefix + \"mad\", absolute.mean())\n"
  "    show(prefix + \"sum_squares\", np.sum(deviation**2))\n"
  "    show(prefix + \"sum_deviations\", deviation.sum())\n"
  "    show(prefix + \"sum_abs_deviations\", absolute.sum())\n"
  "    if values.size > 1:\n"
  "        show(prefix + \"mad_n_minus_1\", absolute.sum() / (values.size - 1))\n"
  "\n\n";

static void
write_dots (DlmMeanvarTopic *self,
            GString         *out)
{
  dlm_code_comment (out, _("The spread of one data set, each key after prefix. Each value's "
                           "deviation from the mean; added as they are they cancel (sum_deviations "
                           "is 0 up to rounding), so the variance adds their squares and divides by "
                           "n − ddof, and the mean absolute deviation (mad) adds their sizes and "
                           "divides by n."));
  g_string_append (out, spread_function);
  g_string_append (out, "spread(\"\", x)\n");
  dlm_code_show (out, "ddof", "ddof");
  if (!self->compare_valid)
    return;
  g_string_append_c (out, '\n');
  dlm_code_comment (out, _("The set compared with it, with the same ddof."));
  write_array (out, "compare", self->compare);
  g_string_append (out, "spread(\"compare_\", compare)\n");
}

static void
write_normal (DlmMeanvarTopic *self,
              GString         *out)
{
  dlm_code_comment (out, _("The data's mean and standard deviation σ; the three curves share the "
                           "mean and have half, the same and double σ (σ = 1 when all values are "
                           "equal, as a curve needs σ > 0)."));
  g_string_append (out,
                   "mean = x.mean()\n"
                   "std = x.std(ddof=ddof)\n"
                   "curve_sd = np.array([0.5, 1, 2]) * (std if std > 0 else 1.0)\n\n");
  g_string_append (out,
                   "show(\"n\", x.size)\n"
                   "show(\"mean\", mean)\n"
                   "show(\"variance\", x.var(ddof=ddof))\n"
                   "show(\"std\", std)\n"
                   "show(\"ddof\", ddof)\n"
                   "show(\"curve_sd_half\", curve_sd[0])\n"
                   "show(\"curve_sd\", curve_sd[1])\n"
                   "show(\"curve_sd_double\", curve_sd[2])\n");
}

static void
write_squares (DlmMeanvarTopic *self,
               GString         *out)
{
  dlm_code_comment (out, _("The center c that makes Σ(xᵢ − c)² smallest is the mean; Σ|xᵢ − c| is "
                           "smallest anywhere between the two middle values of the sorted data "
                           "(one value when n is odd), whose midpoint is the median."));
  g_string_append (out,
                   "mean = x.mean()\n"
                   "median = np.median(x)\n"
                   "ordered = np.sort(x)\n\n");
  dlm_code_comment (out, _("The mode: np.unique sorts the distinct values and counts each; the "
                           "first most frequent one is the smallest (as scipy.stats.mode says)."));
  g_string_append (out,
                   "values, counts = np.unique(x, return_counts=True)\n\n"
                   "show(\"n\", x.size)\n"
                   "show(\"mean\", mean)\n"
                   "show(\"median\", median)\n"
                   "show(\"mode\", values[counts.argmax()])\n"
                   "show(\"mode_count\", counts.max())\n"
                   "show(\"n_modes\", np.sum(counts == counts.max()))\n"
                   "show(\"argmin_sum_sq\", mean)\n"
                   "show(\"sum_squares\", np.sum((x - mean)**2))\n"
                   "show(\"argmin_sum_abs_low\", ordered[(x.size - 1) // 2])\n"
                   "show(\"argmin_sum_abs_high\", ordered[x.size // 2])\n"
                   "show(\"min_sum_abs\", np.sum(np.abs(x - median)))\n");
}

void
dlm_meanvar_write_code (DlmTopic *topic,
                        GString  *out)
{
  DlmMeanvarTopic *self = DLM_MEANVAR_TOPIC (topic);

  dlm_code_begin (out, DLM_CODE_NUMPY);
  write_data (self, out);
  switch (self->view)
    {
    case DLM_MEANVAR_VIEW_NORMAL:  write_normal (self, out);  break;
    case DLM_MEANVAR_VIEW_SQUARES: write_squares (self, out); break;
    case DLM_MEANVAR_VIEW_DOTS:
    default:                       write_dots (self, out);    break;
    }
}

/* ---- the figure's main panel --------------------------------------------- */

static void
plot_dots (GString *out)
{
  g_string_append (out,
                   "i = np.arange(x.size)\n"
                   "mean, std = x.mean(), x.std(ddof=ddof)\n"
                   "plt.axhspan(mean - std, mean + std, alpha=0.15)\n"
                   "plt.axhline(mean, color=\"black\")\n"
                   "plt.vlines(i, mean, x, colors=np.where(x >= mean, \"tab:red\", \"tab:blue\"))\n"
                   "plt.scatter(i, x, c=np.where(x >= mean, \"tab:red\", \"tab:blue\"), zorder=3)\n"
                   "plt.xticks(i, i + 1)\n");
  dlm_code_labels (out, _("index i"), _("value xᵢ"),
                   _("Variance: the average squared distance from the mean"));
}

static void
plot_normal (GString *out)
{
  g_string_append (out,
                   "grid = np.linspace(mean - 6.5 * curve_sd[1], mean + 6.5 * curve_sd[1], 400)\n"
                   "for s in curve_sd:\n"
                   "    density = np.exp(-(grid - mean)**2 / (2 * s**2)) / (s * np.sqrt(2 * np.pi))\n"
                   "    plt.plot(grid, density, label=f\"σ = {s:.4g}\")\n"
                   "plt.plot(x, np.zeros_like(x), \"|\", color=\"black\", markersize=12)\n"
                   "plt.legend()\n");
  dlm_code_labels (out, "x", _("density"), _("Equal means, different standard deviations"));
}

static void
plot_squares (GString *out)
{
  g_string_append (out,
                   "pad = (x.max() - x.min()) * 0.12 if x.max() > x.min() else 1.0\n"
                   "c = np.linspace(x.min() - pad, x.max() + pad, 400)\n"
                   "plt.plot(c, ((x[:, None] - c)**2).sum(axis=0), label=\"Σ(xᵢ − c)²\")\n"
                   "plt.axvline(mean, color=\"tab:red\", linestyle=\"--\", label=\"mean\")\n"
                   "plt.axvline(median, color=\"tab:green\", linestyle=\":\", label=\"median\")\n"
                   "plt.legend()\n");
  dlm_code_labels (out, _("center c"), _("sum of squared distances"),
                   _("The mean minimizes the squared distances"));
}

void
dlm_meanvar_write_plot_code (DlmTopic *topic,
                             GString  *out)
{
  DlmMeanvarTopic *self = DLM_MEANVAR_TOPIC (topic);

  g_string_append (out, "import matplotlib.pyplot as plt\n\n");
  switch (self->view)
    {
    case DLM_MEANVAR_VIEW_NORMAL:  plot_normal (out);  break;
    case DLM_MEANVAR_VIEW_SQUARES: plot_squares (out); break;
    case DLM_MEANVAR_VIEW_DOTS:
    default:                       plot_dots (out);    break;
    }
  g_string_append (out, "plt.show()\n");
}
