/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <glib/gi18n.h>

#include "dlm-code.h"
#include "dlm-code-grid.h"

void
dlm_code_grid_function (GString *out)
{
  g_return_if_fail (out != NULL);

  g_string_append (out, "grid_labels = ");
  dlm_code_strings (out, (const char *const[]) { _("column j"), _("row i"), NULL });
  g_string_append (out,
                   "\n\n\n"
                   "def grid(ax, M, name):\n"
                   "    \"\"\"A matrix as a grid of cells with its numbers.\"\"\"\n"
                   "    ax.imshow(M, cmap=\"coolwarm\")\n"
                   "    for (i, j), value in np.ndenumerate(M):\n"
                   "        ax.text(j, i, f\"{value:.4g}\", ha=\"center\", va=\"center\")\n"
                   "    ax.set_xticks(range(M.shape[1]))\n"
                   "    ax.set_yticks(range(M.shape[0]))\n"
                   "    ax.set_title(f\"{name}  ({M.shape[0]}×{M.shape[1]})\")\n"
                   "    ax.set_xlabel(grid_labels[0])\n"
                   "    ax.set_ylabel(grid_labels[1])\n"
                   "\n\n");
}

void
dlm_code_grids (GString    *out,
                const char *matrices,
                const char *names,
                const char *title)
{
  g_return_if_fail (out != NULL);
  g_return_if_fail (matrices != NULL && names != NULL && title != NULL);

  dlm_code_grid_function (out);
  g_string_append_printf (out,
                          "shown = [%s]\n"
                          "fig, axes = plt.subplots(1, len(shown), figsize=(4 * len(shown), 4),\n"
                          "                         squeeze=False)\n"
                          "for ax, M, name in zip(axes[0], shown, [%s]):\n"
                          "    grid(ax, M, name)\n"
                          "fig.suptitle(",
                          matrices, names);
  dlm_code_string (out, title);
  g_string_append (out, ")\n");
}
