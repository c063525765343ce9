/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-core"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "dlm-error.h"

G_DEFINE_QUARK (dlm-error-quark, dlm_error)

char *
dlm_quote_input_len (const char *text,
                     gsize       len)
{
  g_autofree char *valid = NULL;
  GString *out = g_string_new (NULL);
  const char *p;
  guint chars = 0;
  gsize cut;
  gboolean more;

  if (text == NULL)
    return g_string_free (out, FALSE);

  /* Cut the bytes first, so g_utf8_make_valid only sees what can be kept
   * (at most four bytes a character). */
  cut = strnlen (text, MIN (len, (gsize) DLM_QUOTE_MAX_CHARS * 4 + 4));
  more = cut < len && text[cut] != '\0';
  valid = g_utf8_make_valid (text, cut);

  for (p = valid; *p != '\0' && chars < DLM_QUOTE_MAX_CHARS; p = g_utf8_next_char (p), chars++)
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\r' && p[1] == '\n')
        p++;
      if (c == '\n' || c == '\r')
        g_string_append (out, "⏎");
      else if (g_unichar_iscntrl (c))
        g_string_append_c (out, ' ');
      else
        g_string_append_unichar (out, c);
    }
  if (*p != '\0' || more)
    g_string_append (out, "…");

  return g_string_free (out, FALSE);
}

char *
dlm_quote_input (const char *text)
{
  return dlm_quote_input_len (text, G_MAXSIZE);
}

char *
dlm_quote_path (const char *path)
{
  g_autofree char *display = NULL;

  if (path == NULL)
    return g_strdup ("");
  display = g_filename_display_name (path);
  return dlm_quote_input (display);
}

/* "1.7e308" as people write it, not printf's "1.7e+308". */
static void
format_number (double  value,
               char   *buf,
               gsize   size)
{
  char *e;

  g_ascii_formatd (buf, size, "%.6g", value);
  if ((e = strstr (buf, "e+")) != NULL)
    memmove (e + 1, e + 2, strlen (e + 2) + 1);
}

gboolean
dlm_check_magnitudes (const char    *field,
                      const double  *values,
                      gsize          n,
                      double         limit,
                      GError       **error)
{
  char given[G_ASCII_DTOSTR_BUF_SIZE], lo[G_ASCII_DTOSTR_BUF_SIZE], hi[G_ASCII_DTOSTR_BUF_SIZE];

  for (gsize i = 0; i < n; i++)
    {
      if (fabs (values[i]) <= limit)
        continue;
      format_number (values[i], given, sizeof given);
      format_number (-limit, lo, sizeof lo);
      format_number (limit, hi, sizeof hi);
      g_set_error (error, DLM_ERROR, DLM_ERROR_RANGE,
                   values[i] > 0
                   /* Translators: "logits: value 2, 1.7e308, is too large; accepted: -1e300 to 1e300" */
                   ? _("%s: value %u, %s, is too large; accepted: %s to %s")
                   : _("%s: value %u, %s, is too small; accepted: %s to %s"),
                   field, (guint) (i + 1), given, lo, hi);
      return FALSE;
    }
  return TRUE;
}
