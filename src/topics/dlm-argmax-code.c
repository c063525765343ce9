/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <glib/gi18n.h>

#include "dlm-code.h"
#include "dlm-argmax-private.h"

/* The code card of min, max, argmin and argmax: NumPy's np.argmin and
 * np.argmax, which return the first of equal extremes as the topic does
 * (GSL's min_index and max_index). */

static void
write_inputs (DlmArgmaxTopic *self,
              GString        *out)
{
  static const char *const none[] = { NULL };

  dlm_code_comment (out, _("The values, the names typed for them (there may be fewer or more "
                           "names than values), and the counting: 0 for NumPy's indices, 1 "
                           "for positions counted from 1."));
  g_string_append (out, "x = np.array(");
  dlm_code_floats (out, (const double *) self->values->data, self->values->len);
  g_string_append (out, ")\nlabels = ");
  dlm_code_strings (out, self->labels != NULL ? (const char *const *) self->labels : none);
  g_string_append_printf (out, "\nbase = %d\n\n", self->index_base);
}

static void
write_extremes (GString *out)
{
  dlm_code_comment (out, _("np.argmin and np.argmax give the index of the first smallest and "
                           "the first largest value; min and max are the values there. "
                           "Adding base counts from 1 instead of 0. ties counts the values "
                           "equal to the largest one."));
  g_string_append (out,
                   "i_min = np.argmin(x)\n"
                   "i_max = np.argmax(x)\n\n"
                   "show(\"n\", x.size)\n"
                   "show(\"index_base\", base)\n"
                   "show(\"min\", x[i_min])\n"
                   "show(\"max\", x[i_max])\n"
                   "show(\"argmin\", i_min + base)\n"
                   "show(\"argmax\", i_max + base)\n"
                   "show(\"argmax_label\", labels[i_max] if i_max < len(labels) else \"\")\n"
                   "show(\"ties\", np.sum(x == x[i_max]))\n"
                   "show(\"min_ties\", np.sum(x == x[i_min]))\n"
                   "show(\"labels_given\", len(labels))\n");
}

static void
write_classifier (GString *out)
{
  g_string_append_c (out, '\n');
  dlm_code_comment (out, _("Read as a classifier's output when no value is negative and they "
                           "sum to 1 (up to rounding)."));
  g_string_append (out,
                   "show(\"probabilities\", x.min() >= 0 and abs(x.sum() - 1) < 1e-9)\n");
}

static void
write_function (GString *out)
{
  g_string_append_c (out, '\n');
  dlm_code_comment (out, _("Two curves sampled on a grid: a bump whose highest point is at "
                           "x = −1 and a loss whose lowest point is at x = 2. argmax of the "
                           "samples is the place x, max f(x) the height there."));
  g_string_append (out, "grid = np.linspace(");
  dlm_code_float (out, DLM_ARGMAX_GRID_MIN);
  g_string_append (out, ", ");
  dlm_code_float (out, DLM_ARGMAX_GRID_MAX);
  g_string_append_printf (out, ", %d)\n", DLM_ARGMAX_GRID_N);
  g_string_append (out,
                   "bump = 1 + 2 * np.exp(-(grid + 1)**2)\n"
                   "loss = (grid - 2)**2 + 1\n"
                   "k_max = np.argmax(bump)\n"
                   "k_min = np.argmin(loss)\n\n"
                   "show(\"curve_argmax_x\", grid[k_max])\n"
                   "show(\"curve_max\", bump[k_max])\n"
                   "show(\"loss_argmin_x\", grid[k_min])\n"
                   "show(\"loss_min\", loss[k_min])\n");
}

void
dlm_argmax_write_code (DlmTopic *topic,
                       GString  *out)
{
  DlmArgmaxTopic *self = DLM_ARGMAX_TOPIC (topic);

  dlm_code_begin (out, DLM_CODE_NUMPY);
  write_inputs (self, out);
  write_extremes (out);
  if (self->view == DLM_ARGMAX_VIEW_CLASSIFIER)
    write_classifier (out);
  else if (self->view == DLM_ARGMAX_VIEW_FUNCTION)
    write_function (out);
}

/* ---- the figure's main panel --------------------------------------------- */

/* The values as bars, the largest (with its ties) and the smallest
 * outlined, each labelled with its index in the chosen counting. */
static void
plot_values (GString *out)
{
  g_string_append (out,
                   "i = np.arange(x.size)\n"
                   "colors = np.where(x == x[i_max], \"tab:red\",\n"
                   "                  np.where(x == x[i_min], \"tab:blue\", \"tab:gray\"))\n"
                   "plt.bar(i, x, color=colors)\n"
                   "plt.axhline(0, color=\"black\", linewidth=0.8)\n"
                   "if x.size <= 30:\n"
                   "    plt.xticks(i, i + base)\n");
  dlm_code_labels (out, _("index"), _("value"),
                   _("min and max are values; argmin and argmax are places"));
}

/* The classes' scores, the predicted one outlined and named. */
static void
plot_classifier (GString *out)
{
  g_string_append (out,
                   "names = [labels[k] if k < len(labels) else str(k + base) for k in range(x.size)]\n"
                   "colors = np.where(x == x[i_max], \"tab:red\", \"tab:gray\")\n"
                   "plt.barh(names, x, color=colors)\n"
                   "plt.gca().invert_yaxis()\n");
  dlm_code_labels (out, _("score"), NULL, _("A classifier predicts the argmax of its outputs"));
}

/* Both curves, their argmax and argmin marked. */
static void
plot_function (GString *out)
{
  g_string_append (out, "plt.plot(grid, bump, label=");
  dlm_code_string (out, _("bump"));
  g_string_append (out, ")\nplt.plot(grid, loss, label=");
  dlm_code_string (out, _("loss"));
  g_string_append (out,
                   ")\n"
                   "plt.plot(grid[k_max], bump[k_max], \"o\", color=\"tab:red\")\n"
                   "plt.plot(grid[k_min], loss[k_min], \"o\", color=\"tab:blue\")\n"
                   "plt.ylim(0, 6)\n"
                   "plt.legend()\n");
  dlm_code_labels (out, "x", "f(x)", _("The largest value of a curve, and where it is"));
}

void
dlm_argmax_write_plot_code (DlmTopic *topic,
                            GString  *out)
{
  DlmArgmaxTopic *self = DLM_ARGMAX_TOPIC (topic);

  g_string_append (out, "import matplotlib.pyplot as plt\n\n");
  switch (self->view)
    {
    case DLM_ARGMAX_VIEW_CLASSIFIER: plot_classifier (out); break;
    case DLM_ARGMAX_VIEW_FUNCTION:   plot_function (out);   break;
    case DLM_ARGMAX_VIEW_VALUES:
    default:                         plot_values (out);     break;
    }
  /* room for long class names */
  g_string_append (out, "plt.tight_layout()\nplt.show()\n");
}
