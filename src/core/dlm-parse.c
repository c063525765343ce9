/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-core"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "dlm-error.h"
#include "dlm-parse.h"

/* Separators between the numbers of a vector: commas, semicolons, white
 * space and the brackets of a NumPy or Python literal. */
static gboolean
is_separator (char c)
{
  return c == ',' || c == ';' || c == '[' || c == ']' || g_ascii_isspace (c);
}

gboolean
dlm_parse_double (const char  *field,
                  const char  *text,
                  double      *out,
                  GError     **error)
{
  g_autofree char *copy = NULL;
  char *end = NULL;
  double value;

  g_return_val_if_fail (field != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  copy = g_strstrip (g_strdup (text != NULL ? text : ""));
  if (*copy == '\0')
    {
      g_set_error (error, DLM_ERROR, DLM_ERROR_EMPTY,
                   _("%s: no number was given; enter a number such as 1.5"), field);
      return FALSE;
    }

  value = g_ascii_strtod (copy, &end);
  if (end == copy || *end != '\0')
    {
      g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                   _("%s: “%s” is not a number; enter a number such as 1.5 or -2e3"),
                   field, copy);
      return FALSE;
    }
  if (!isfinite (value))
    {
      g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                   _("%s: “%s” is not a finite number; infinity and NaN are not accepted"),
                   field, copy);
      return FALSE;
    }

  *out = value;
  return TRUE;
}

static gboolean
parse_token (const char  *field,
             const char  *start,
             gsize        len,
             guint        index,
             double      *value,
             GError     **error)
{
  g_autofree char *token = g_strndup (start, len);
  g_autoptr(GError) local_error = NULL;

  if (dlm_parse_double (field, token, value, &local_error))
    return TRUE;

  g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
               _("%s: value %u, “%s”, is not a finite number; "
                 "enter numbers separated by commas or spaces, e.g. 1, 2, 3"),
               field, index, token);
  return FALSE;
}

/* Reads "1, 2, 3", "1 2 3", "[1., 2., 3.]" or NumPy's "[1 2 3]". Stops as
 * soon as more than @max_len values are seen, so a huge paste costs little. */
GArray *
dlm_parse_vector (const char  *field,
                  const char  *text,
                  guint        max_len,
                  GError     **error)
{
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (double));
  const char *p = text != NULL ? text : "";

  g_return_val_if_fail (field != NULL, NULL);

  while (*p != '\0')
    {
      const char *start;
      double value;

      while (*p != '\0' && is_separator (*p))
        p++;
      if (*p == '\0')
        break;

      start = p;
      while (*p != '\0' && !is_separator (*p))
        p++;

      if (values->len == max_len)
        {
          g_set_error (error, DLM_ERROR, DLM_ERROR_TOO_LARGE,
                       _("%s: more than %u values; at most %u are accepted"),
                       field, max_len, max_len);
          return NULL;
        }
      if (!parse_token (field, start, p - start, values->len + 1, &value, error))
        return NULL;
      g_array_append_val (values, value);
    }

  if (values->len == 0)
    {
      g_set_error (error, DLM_ERROR, DLM_ERROR_EMPTY,
                   _("%s: the list is empty; enter at least one number, e.g. 1, 2, 3"),
                   field);
      return NULL;
    }

  return g_steal_pointer (&values);
}

/* Labels are comma-separated; surrounding spaces are dropped. An empty text
 * means "no labels" and gives an empty vector, not an error. */
GStrv
dlm_parse_labels (const char  *field,
                  const char  *text,
                  guint        max_len,
                  GError     **error)
{
  g_auto(GStrv) parts = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *copy = g_strstrip (g_strdup (text != NULL ? text : ""));

  g_return_val_if_fail (field != NULL, NULL);

  if (*copy == '\0')
    return g_strv_builder_end (builder);

  parts = g_strsplit (copy, ",", -1);
  if (g_strv_length (parts) > max_len)
    {
      g_set_error (error, DLM_ERROR, DLM_ERROR_TOO_LARGE,
                   _("%s: %u labels; at most %u are accepted"),
                   field, g_strv_length (parts), max_len);
      return NULL;
    }

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *label = g_strstrip (parts[i]);

      if (*label == '\0')
        {
          g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                       _("%s: label %u is empty; separate non-empty names with commas"),
                       field, i + 1);
          return NULL;
        }
      g_strv_builder_add (builder, label);
    }

  return g_strv_builder_end (builder);
}
