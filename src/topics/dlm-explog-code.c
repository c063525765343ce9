/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <glib/gi18n.h>

#include "dlm-code.h"
#include "dlm-explog-private.h"

/* The code card of the exponent and the logarithm. The single numbers
 * come from Python's math module, which calls the same C library
 * functions as the app (exp, log, log2, log10, pow), so they are the
 * app's to the bit; NumPy's own SIMD exp and log may differ in the last
 * bit, so where a whole grid goes through the logarithm the script still
 * uses math's. */

/* For each base: b, bˣ and log_b as the app computes them, and the power
 * of its worked example (log_b b^power = power). */
static const struct {
  const char *value;
  const char *exp;
  const char *log;
  int         power;
} base_code[] = {
  [DLM_EXPLOG_BASE_E]  = { "math.e", "math.exp(x)", "math.log(x)", 3 },
  [DLM_EXPLOG_BASE_2]  = { "2.0", "2.0 ** x", "math.log2(x)", 3 },
  [DLM_EXPLOG_BASE_10] = { "10.0", "10.0 ** x", "math.log10(x)", 2 },
};

static void
write_base (DlmExplogTopic *self,
            GString        *out)
{
  dlm_code_comment (out, _("The base b, its exponential bˣ and its logarithm log_b x, the "
                           "inverse of bˣ. log_b x exists only for x > 0: 0 gives −∞, below 0 "
                           "there is nothing (nan)."));
  g_string_append_printf (out,
                          "b = %s\n\n\n"
                          "def exp_b(x):\n"
                          "    return %s\n\n\n"
                          "def log_b(x):\n"
                          "    if x <= 0:\n"
                          "        return -math.inf if x == 0 else math.nan\n"
                          "    return %s\n\n\n",
                          base_code[self->base].value, base_code[self->base].exp,
                          base_code[self->base].log);
}

static void
write_range (DlmExplogTopic *self,
             GString        *out)
{
  g_string_append (out, "xmin, xmax = ");
  dlm_code_float (out, self->xmin);
  g_string_append (out, ", ");
  dlm_code_float (out, self->xmax);
  g_string_append (out, "\n\n");
}

static void
write_curves (DlmExplogTopic *self,
              GString        *out)
{
  write_range (self, out);
  g_string_append_printf (out, "power = %d\n\n", base_code[self->base].power);
  dlm_code_comment (out, _("A few facts: b¹ = b, b⁻⁵ is small but above 0, log_b 1 = 0, "
                           "log_b b = 1, and log_b undoes bˣ; the course's log₁₀ 100 = 2."));
  g_string_append (out,
                   "show(\"xmin\", xmin)\n"
                   "show(\"xmax\", xmax)\n"
                   "show(\"exp_of_1\", exp_b(1))\n"
                   "show(\"exp_of_minus_5\", exp_b(-5))\n"
                   "show(\"log_of_1\", log_b(1))\n"
                   "show(\"log_of_base\", log_b(b))\n"
                   "show(\"example_x\", exp_b(power))\n"
                   "show(\"example_log\", log_b(exp_b(power)))\n"
                   "show(\"log10_of_100\", math.log10(100))\n");
}

static void
write_stretch (GString *out)
{
  dlm_code_comment (out, _("Ten values from 0.001 to 1. On a linear axis the seven up to 0.1 "
                           "crowd together; on a log axis each factor of 10 (a decade) gets the "
                           "same room, and the powers of ten are evenly spaced."));
  g_string_append (out,
                   "values = np.array([0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0])\n"
                   "exponents = np.log10(values)\n\n"
                   "show(\"values\", values.size)\n"
                   "show(\"min_value\", values.min())\n"
                   "show(\"max_value\", values.max())\n"
                   "show(\"clumped\", np.sum(values <= 0.1))\n"
                   "show(\"decades\", math.log10(values.max() / values.min()))\n"
                   "show(\"powers_of_ten\", np.sum(np.abs(exponents - np.round(exponents)) < 1e-12))\n");
}

static void
write_monotonic (DlmExplogTopic *self,
                 GString        *out)
{
  write_range (self, out);
  dlm_code_comment (out, _("f(x) = (x − 1)² + 0.25 and log_b f(x) on the app's grid of 2001 "
                           "points. The logarithm keeps the order of positive numbers, so both "
                           "are smallest at the same x (np.argmin: the first smallest)."));
  g_string_append (out,
                   "x = xmin + (xmax - xmin) * np.arange(2001) / 2000\n"
                   "f = (x - 1) * (x - 1) + 0.25\n"
                   "log_f = np.array([log_b(v) for v in f])\n"
                   "i, j = np.argmin(f), np.argmin(log_f)\n\n"
                   "show(\"xmin\", xmin)\n"
                   "show(\"xmax\", xmax)\n"
                   "show(\"argmin_f\", x[i])\n"
                   "show(\"argmin_log_f\", x[j])\n"
                   "show(\"min_f\", f[i])\n"
                   "show(\"min_log_f\", log_f[j])\n");
}

static void
write_precision (DlmExplogTopic *self,
                 GString        *out)
{
  g_string_append (out, "p = ");
  dlm_code_float (out, self->p);
  g_string_append_printf (out, "\nn = %d\n\n", self->n);
  dlm_code_comment (out, _("The product p·p·…·p, one factor at a time (np.cumprod): below about "
                           "1e-308, then 5e-324, a double cannot hold it and it becomes exactly 0. "
                           "The sum of the n logarithms stays finite: added exactly (math.fsum; "
                           "the app's compensated sum agrees to the last bit or so)."));
  g_string_append (out,
                   "products = np.cumprod(np.full(n, p))\n"
                   "log_sums = np.cumsum(np.full(n, log_b(p)))\n"
                   "zeros = np.flatnonzero(products == 0)\n\n"
                   "show(\"p\", p)\n"
                   "show(\"n\", n)\n"
                   "show(\"log_of_p\", log_b(p))\n"
                   "show(\"product\", products[-1])\n"
                   "show(\"log_sum\", math.fsum([log_b(p)] * n))\n"
                   "show(\"underflow_at\", zeros[0] + 1 if zeros.size else 0)\n");
}

void
dlm_explog_write_code (DlmTopic *topic,
                       GString  *out)
{
  DlmExplogTopic *self = DLM_EXPLOG_TOPIC (topic);
  GEnumValue *view = g_enum_get_value (g_type_class_peek (DLM_TYPE_EXPLOG_VIEW), self->view);

  dlm_code_begin (out, DLM_CODE_MATH | DLM_CODE_NUMPY);
  write_base (self, out);
  g_string_append_printf (out, "show(\"view\", \"%s\")\n", view->value_nick);
  if (self->view != DLM_EXPLOG_VIEW_STRETCH)
    g_string_append (out, "show(\"base\", b)\n");
  switch (self->view)
    {
    case DLM_EXPLOG_VIEW_STRETCH:   write_stretch (out);          break;
    case DLM_EXPLOG_VIEW_MONOTONIC: write_monotonic (self, out);  break;
    case DLM_EXPLOG_VIEW_PRECISION: write_precision (self, out);  break;
    case DLM_EXPLOG_VIEW_CURVES:
    default:                        write_curves (self, out);     break;
    }
}

/* ---- the figure's main panel --------------------------------------------- */

static void
plot_curves (GString *out)
{
  g_string_append (out,
                   "grid = np.linspace(xmin, xmax, 400)\n"
                   "plt.plot(grid, [exp_b(v) for v in grid], label=\"b**x\")\n"
                   "positive = grid[grid > 0]\n"
                   "plt.plot(positive, [log_b(v) for v in positive], label=\"log_b x\")\n"
                   "plt.plot(grid, grid, \"--\", color=\"gray\", label=\"y = x\")\n"
                   "plt.ylim(xmin, xmax)\n"
                   "plt.gca().set_aspect(\"equal\")\n"
                   "plt.legend()\n");
  dlm_code_labels (out, "x", "y", _("The exponential and the logarithm, mirror images"));
}

static void
plot_stretch (GString *out)
{
  g_string_append (out,
                   "plt.scatter(values, np.zeros_like(values))\n"
                   "plt.xscale(\"log\")\n"
                   "plt.yticks([])\n");
  dlm_code_labels (out, _("value (log axis)"), NULL, _("The logarithm stretches small numbers apart"));
}

static void
plot_monotonic (GString *out)
{
  g_string_append (out,
                   "plt.plot(x, f, label=\"f(x)\")\n"
                   "plt.plot(x, log_f, label=\"log_b f(x)\")\n"
                   "plt.axvline(x[i], color=\"gray\", linestyle=\":\")\n"
                   "plt.legend()\n");
  dlm_code_labels (out, "x", "y", _("The logarithm keeps the order: the minimum stays where it was"));
}

static void
plot_precision (GString *out)
{
  g_string_append (out,
                   "k = np.arange(1, n + 1)\n"
                   "plt.plot(k, log_sums, label=\"log_b of the product (sum of logs)\")\n"
                   "plt.plot(k, [log_b(v) for v in products], label=\"log_b of the product computed first\")\n"
                   "plt.legend()\n");
  dlm_code_labels (out, _("number of factors"), "log_b",
                   _("Multiplying small probabilities underflows; adding their logarithms does not"));
}

void
dlm_explog_write_plot_code (DlmTopic *topic,
                            GString  *out)
{
  DlmExplogTopic *self = DLM_EXPLOG_TOPIC (topic);

  g_string_append (out, "import matplotlib.pyplot as plt\n\n");
  switch (self->view)
    {
    case DLM_EXPLOG_VIEW_STRETCH:   plot_stretch (out);   break;
    case DLM_EXPLOG_VIEW_MONOTONIC: plot_monotonic (out); break;
    case DLM_EXPLOG_VIEW_PRECISION: plot_precision (out); break;
    case DLM_EXPLOG_VIEW_CURVES:
    default:                        plot_curves (out);    break;
    }
  g_string_append (out, "plt.show()\n");
}
