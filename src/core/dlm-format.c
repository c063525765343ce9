/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-core"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "dlm-format.h"

/* Integers (within the exactly representable range) print as integers;
 * everything else with %.17g so that reading it back gives the same double. */
void
dlm_format_number (GString *out,
                   double   value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_if_fail (out != NULL);

  if (isnan (value))
    g_string_append (out, "nan");
  else if (isinf (value))
    g_string_append (out, value > 0 ? "inf" : "-inf");
  else if (value == floor (value) && fabs (value) < 9007199254740992.0)
    g_string_append_printf (out, "%" G_GINT64_FORMAT, (gint64) value);
  else
    g_string_append (out, g_ascii_formatd (buf, sizeof buf, "%.17g", value));
}

char *
dlm_format_number_string (double value)
{
  GString *out = g_string_new (NULL);

  dlm_format_number (out, value);
  return g_string_free (out, FALSE);
}

/* RFC 4180: quote a field that holds a comma, a quote or a line break. */
void
dlm_csv_append_field (GString    *out,
                      const char *text)
{
  g_return_if_fail (out != NULL);
  g_return_if_fail (text != NULL);

  if (strpbrk (text, ",\"\r\n") == NULL)
    {
      g_string_append (out, text);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

void
dlm_summary_add_number (GString    *out,
                        const char *key,
                        double      value)
{
  g_string_append_printf (out, "%s=", key);
  dlm_format_number (out, value);
  g_string_append_c (out, '\n');
}

void
dlm_summary_add_string (GString    *out,
                        const char *key,
                        const char *value)
{
  g_string_append_printf (out, "%s=%s\n", key, value);
}

static const char *const superscript_digits[] = {
  "⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹",
};

/* "1.5e+07" → "1.5 × 10⁷", "1e-300" → "10⁻³⁰⁰": figures and the words
 * read to a screen reader write powers of ten as people do. */
static void
append_power_of_ten (GString    *out,
                     const char *mantissa,
                     gsize       mantissa_len,
                     const char *exponent)
{
  long e = strtol (exponent, NULL, 10);
  g_autofree char *digits = g_strdup_printf ("%ld", ABS (e));

  if (!(mantissa_len == 1 && mantissa[0] == '1'))
    {
      g_string_append_len (out, mantissa, mantissa_len);
      g_string_append (out, " × ");
    }
  g_string_append (out, "10");
  if (e < 0)
    g_string_append (out, "⁻");
  for (const char *d = digits; *d != '\0'; d++)
    g_string_append (out, superscript_digits[*d - '0']);
}

/* "12345678.5" → "12 345 678.5", with narrow no-break spaces: numbers of
 * five or more integer digits are grouped by thousands, as SI style does,
 * the same in tick labels and in callouts. */
static void
append_grouped (GString    *out,
                const char *text)
{
  gsize int_len = strspn (text, "0123456789");

  if (int_len < 5)
    {
      g_string_append (out, text);
      return;
    }
  for (gsize i = 0; i < int_len; i++)
    {
      if (i > 0 && (int_len - i) % 3 == 0)
        g_string_append (out, "\u202f");
      g_string_append_c (out, text[i]);
    }
  g_string_append (out, text + int_len);
}

/* For labels in figures: "0.09", "20.09", "−921.03", "12 345 678",
 * "1.5 × 10⁻⁷"; digits < 0 gives the shortest form up to six significant
 * digits ("0.01", "3"). Uses a real minus sign (U+2212), as typeset
 * mathematics does; never "e" notation. */
char *
dlm_format_short (double value,
                  int    digits)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  const char *text, *e;
  GString *out = g_string_new (NULL);

  if (isnan (value))
    return g_strdup ("NaN");
  if (isinf (value))
    return g_strdup (value > 0 ? "∞" : "−∞");

  if (digits < 0 && value == floor (value) && fabs (value) < 1e9)
    /* whole numbers below a billion exactly, grouped: 12 345 678 */
    text = g_ascii_formatd (buf, sizeof buf, "%.0f", value);
  else if (digits < 0)
    text = g_ascii_formatd (buf, sizeof buf, "%.6g", value);
  else if (value != 0 && (fabs (value) < 1e-3 || fabs (value) >= 1e6))
    {
      g_autofree char *fmt = g_strdup_printf ("%%.%dg", MAX (digits, 1));
      text = g_ascii_formatd (buf, sizeof buf, fmt, value);
    }
  else
    {
      g_autofree char *fmt = g_strdup_printf ("%%.%df", digits);
      text = g_ascii_formatd (buf, sizeof buf, fmt, value);
    }

  if (text[0] == '-')
    {
      /* "-0.00" reads oddly in a label: show it as 0 */
      if (strspn (text + 1, "0.") == strlen (text + 1))
        {
          g_string_append (out, text + 1);
          return g_string_free (out, FALSE);
        }
      g_string_append (out, "−");
      text++;
    }

  e = strchr (text, 'e');
  if (e != NULL)
    append_power_of_ten (out, text, e - text, e + 1);
  else
    append_grouped (out, text);
  return g_string_free (out, FALSE);
}

/* @value rounded to an integer and written out in full, grouped by
 * thousands as dlm_format_short() groups ("12 345 678", "−46 913 578"): for
 * labels whose every digit counts, such as exact products in a table. */
char *
dlm_format_integer (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  const char *text = g_ascii_formatd (buf, sizeof buf, "%.0f", value);
  GString *out = g_string_new (NULL);

  if (text[0] == '-')
    {
      if (strcmp (text, "-0") != 0)
        g_string_append (out, "−");
      text++;
    }
  append_grouped (out, text);
  return g_string_free (out, FALSE);
}

/* Fixed decimals whatever the size ("0.0001", "−1.3966"), for tables of
 * values that should line up; a real minus sign. */
char *
dlm_format_fixed (double value,
                  int    digits)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *fmt = g_strdup_printf ("%%.%df", CLAMP (digits, 0, 17));
  const char *text = g_ascii_formatd (buf, sizeof buf, fmt, value);

  if (text[0] == '-' && strspn (text + 1, "0.") != strlen (text + 1))
    return g_strconcat ("−", text + 1, NULL);
  return g_strdup (text[0] == '-' ? text + 1 : text);
}

/* The shortest text that reads back as exactly @value ("1e-09", not
 * "1.0000000000000001e-09"): for values people read and edit, such as a
 * parameter's default. Integers print as integers. */
char *
dlm_format_number_shortest (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isfinite (value) || (value == floor (value) && fabs (value) < 9007199254740992.0))
    return dlm_format_number_string (value);
  for (int digits = 1; digits <= 17; digits++)
    {
      g_autofree char *fmt = g_strdup_printf ("%%.%dg", digits);

      g_ascii_formatd (buf, sizeof buf, fmt, value);
      if (g_ascii_strtod (buf, NULL) == value)
        break;
    }
  return g_strdup (buf);
}
