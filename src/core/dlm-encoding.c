/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-core"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "dlm-encoding.h"
#include "dlm-error.h"

GStrv
dlm_encoding_categories_in_order (const char *const *values)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  g_return_val_if_fail (values != NULL, NULL);

  for (guint i = 0; values[i] != NULL; i++)
    if (g_hash_table_add (seen, (gpointer) values[i]))
      g_strv_builder_add (builder, values[i]);
  return g_strv_builder_end (builder);
}

static int
compare_labels (gconstpointer a,
                gconstpointer b)
{
  const char *x = *(const char *const *) a;
  const char *y = *(const char *const *) b;
  int order = g_utf8_collate (x, y);

  return order != 0 ? order : strcmp (x, y);
}

GStrv
dlm_encoding_categories_sorted (const char *const *values)
{
  GStrv categories = dlm_encoding_categories_in_order (values);

  g_return_val_if_fail (categories != NULL, NULL);

  qsort (categories, g_strv_length (categories), sizeof (char *), compare_labels);
  return categories;
}

gboolean
dlm_encoding_check_categories (const char *const  *categories,
                               GError            **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  g_return_val_if_fail (categories != NULL, FALSE);

  for (guint i = 0; categories[i] != NULL; i++)
    if (!g_hash_table_add (seen, (gpointer) categories[i]))
      {
        g_autofree char *given = dlm_quote_input (categories[i]);

        g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                     _("categories: “%s” is listed twice; name each category once"), given);
        return FALSE;
      }
  return TRUE;
}

gboolean
dlm_encoding_indices (const char *const  *values,
                      const char *const  *categories,
                      guint              *indices,
                      GError            **error)
{
  g_autoptr(GHashTable) position = g_hash_table_new (g_str_hash, g_str_equal);

  g_return_val_if_fail (values != NULL && categories != NULL, FALSE);

  for (guint k = 0; categories[k] != NULL; k++)
    g_hash_table_insert (position, (gpointer) categories[k], GUINT_TO_POINTER (k + 1));
  for (guint i = 0; values[i] != NULL; i++)
    {
      guint k = GPOINTER_TO_UINT (g_hash_table_lookup (position, values[i]));

      if (k == 0)
        {
          /* up to 50 labels of any length: both quoted, never whole */
          g_autofree char *joined = g_strjoinv (", ", (char **) categories);
          g_autofree char *list = dlm_quote_input (joined);
          g_autofree char *given = dlm_quote_input (values[i]);

          g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                       _("values: “%s” (value %u) is not one of the categories (%s); "
                         "add it to categories or leave categories empty"),
                       given, i + 1, list);
          return FALSE;
        }
      indices[i] = k - 1;
    }
  return TRUE;
}

static gboolean
check_scheme (guint               n_categories,
              DlmEncodingScheme   scheme,
              GError            **error)
{
  if (scheme == DLM_ENCODING_DUMMY && n_categories != 2)
    {
      g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                   _("scheme: dummy coding needs exactly 2 categories, not %u; "
                     "use one-hot or label coding for more"),
                   n_categories);
      return FALSE;
    }
  return TRUE;
}

gsl_matrix *
dlm_encoding_encode (const char *const  *values,
                     const char *const  *categories,
                     DlmEncodingScheme   scheme,
                     GError            **error)
{
  guint n, k;
  g_autofree guint *indices = NULL;
  gsl_matrix *y;

  g_return_val_if_fail (values != NULL && categories != NULL, NULL);

  n = g_strv_length ((char **) values);
  k = g_strv_length ((char **) categories);
  g_return_val_if_fail (n > 0 && k > 0, NULL);

  indices = g_new (guint, n);
  if (!dlm_encoding_check_categories (categories, error) ||
      !check_scheme (k, scheme, error) ||
      !dlm_encoding_indices (values, categories, indices, error))
    return NULL;

  y = gsl_matrix_calloc (n, scheme == DLM_ENCODING_ONEHOT ? k : 1);
  for (guint i = 0; i < n; i++)
    if (scheme == DLM_ENCODING_ONEHOT)
      gsl_matrix_set (y, i, indices[i], 1);
    else
      gsl_matrix_set (y, i, 0, indices[i]);   /* dummy: 0 or 1 */
  return y;
}
