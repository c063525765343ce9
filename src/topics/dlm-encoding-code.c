/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dlm-code.h"
#include "dlm-encoding-private.h"

/* The code card of encoding: the labels become column positions and the
 * positions the scheme's matrix. Every key is exact (counts, integers and
 * the labels themselves). */

static int
compare_bytes (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/* Whether Python's sorted() (code point order) gives the app's A–Z order,
 * which collates as the user's language does (apple before Banana). */
static gboolean
sorted_as_python (DlmEncodingTopic *self)
{
  g_autofree char **copy = g_memdup2 (self->categories,
                                      (g_strv_length (self->categories) + 1) * sizeof (char *));
  guint k = g_strv_length (self->categories);

  qsort (copy, k, sizeof (char *), compare_bytes);
  for (guint j = 0; j < k; j++)
    if (strcmp (copy[j], self->categories[j]) != 0)
      return FALSE;
  return TRUE;
}

static void
write_categories (DlmEncodingTopic *self,
                  GString          *out)
{
  gboolean typed = self->typed_categories[0] != NULL;

  if (!typed && sorted_as_python (self))
    {
      dlm_code_comment (out, _("The categories: each distinct label once, A to Z; their order "
                               "is the order of the columns."));
      g_string_append (out, "categories = sorted(set(values))\n");
      return;
    }
  if (typed)
    dlm_code_comment (out, _("The categories in the order chosen; their order is the order of "
                             "the columns."));
  else
    dlm_code_comment (out, _("The categories A to Z as your language sorts them (sorted() would "
                             "sort by code point, capitals first); their order is the order of "
                             "the columns."));
  g_string_append (out, "categories = ");
  dlm_code_strings (out, (const char *const *) self->categories);
  g_string_append_c (out, '\n');
}

static void
write_dummy (GString *out)
{
  dlm_code_comment (out, _("Dummy coding, two categories: one 0/1 column, 1 for the second "
                           "category; the first is the reference, all zeros."));
  g_string_append (out,
                   "encoded = (index == 1).astype(int).reshape(-1, 1)\n\n");
  g_string_append (out,
                   "show(\"columns\", encoded.shape[1])\n"
                   "show(\"reference\", categories[0])\n"
                   "show(\"indicator\", categories[1])\n"
                   "show(\"indicator_count\", encoded.sum())\n");
}

static void
write_label (GString *out)
{
  dlm_code_comment (out, _("Label coding: one column of integers 0, 1, 2, …: compact, but it "
                           "suggests an order and distances the categories do not have."));
  g_string_append (out,
                   "encoded = index.reshape(-1, 1)\n\n"
                   "show(\"columns\", encoded.shape[1])\n"
                   "show(\"codes\", \", \".join(f\"{name}={code}\" for code, name in enumerate(categories)))\n"
                   "show(\"max_code\", len(categories) - 1)\n");
}

static void
write_onehot (GString *out)
{
  dlm_code_comment (out, _("One-hot coding: row i of the identity matrix for category i, so every "
                           "two different categories are equally far apart, √2."));
  g_string_append (out,
                   "encoded = np.eye(len(categories), dtype=int)[index]\n\n"
                   "show(\"columns\", encoded.shape[1])\n"
                   "show(\"category_counts\", \", \".join(str(c) for c in encoded.sum(axis=0)))\n"
                   "if len(categories) >= 2:\n"
                   "    identity = np.eye(len(categories))\n"
                   "    show(\"category_distance\", np.linalg.norm(identity[0] - identity[1]))\n");
}

void
dlm_encoding_write_code (DlmTopic *topic,
                         GString  *out)
{
  DlmEncodingTopic *self = DLM_ENCODING_TOPIC (topic);
  g_autoptr(GEnumClass) schemes = g_type_class_ref (DLM_TYPE_ENCODING_SCHEME);
  g_autoptr(GString) literal = g_string_new (NULL);

  dlm_code_string (literal, g_enum_get_value (schemes, self->scheme)->value_nick);

  dlm_code_begin (out, DLM_CODE_NUMPY);
  dlm_code_comment (out, _("The observations, labels as typed."));
  g_string_append (out, "values = ");
  dlm_code_strings (out, (const char *const *) self->values);
  g_string_append_c (out, '\n');
  write_categories (self, out);
  g_string_append (out, "# each value's category as its 0-based position in categories\n"
                        "index = np.array([categories.index(v) for v in values])\n\n");
  g_string_append (out,
                   "show(\"n\", len(values))\n"
                   "show(\"categories\", len(categories))\n");
  dlm_code_show (out, "scheme", literal->str);
  g_string_append (out, "show(\"category_order\", \", \".join(categories))\n");
  switch (self->scheme)
    {
    case DLM_ENCODING_DUMMY: write_dummy (out);  break;
    case DLM_ENCODING_LABEL: write_label (out);  break;
    case DLM_ENCODING_ONEHOT:
    default:                 write_onehot (out); break;
    }
}

/* ---- the figure's main panel --------------------------------------------- */

void
dlm_encoding_write_plot_code (DlmTopic *topic,
                              GString  *out)
{
  DlmEncodingTopic *self = DLM_ENCODING_TOPIC (topic);

  g_string_append (out,
                   "import matplotlib.pyplot as plt\n\n"
                   "plt.imshow(encoded, cmap=\"Blues\", aspect=\"auto\")\n"
                   "for (i, j), code in np.ndenumerate(encoded):\n"
                   "    plt.text(j, i, str(code), ha=\"center\", va=\"center\")\n"
                   "plt.yticks(range(len(values)), values)\n");
  if (self->scheme == DLM_ENCODING_ONEHOT)
    g_string_append (out, "plt.xticks(range(len(categories)), categories)\n");
  else if (self->scheme == DLM_ENCODING_DUMMY)
    g_string_append (out, "plt.xticks([0], [categories[1]])\n");
  else
    g_string_append (out, "plt.xticks([0], [\"code\"])\n");
  dlm_code_labels (out, _("column"), _("observation"), _("Categories as numbers"));
  g_string_append (out, "plt.show()\n");
}
