/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-core"

#include "config.h"

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
