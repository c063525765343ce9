/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "dlm-code.h"

static const char show_function[] =
  "\n"
  "def show(key, value):\n"
  "    \"\"\"Print one line as dlmath --summary does.\"\"\"\n"
  "    if isinstance(value, str):\n"
  "        print(f\"{key}={value}\")\n"
  "        return\n"
  "    value = float(value)\n"
  "    if value.is_integer() and abs(value) < 2**53:\n"
  "        print(f\"{key}={int(value)}\")\n"
  "    else:\n"
  "        print(f\"{key}={value!r}\")\n"
  "\n\n";

void
dlm_code_begin (GString        *out,
                DlmCodeImports  imports)
{
  g_return_if_fail (out != NULL);

  if (imports & DLM_CODE_MATH)
    g_string_append (out, "import math\n");
  if (imports & DLM_CODE_NUMPY)
    g_string_append (out, "import numpy as np\n");
  if (imports & DLM_CODE_TORCH)
    g_string_append (out,
                     "try:\n"
                     "    import torch\n"
                     "except ImportError:  # the PyTorch lines are skipped without it\n"
                     "    torch = None\n");
  g_string_append (out, show_function);
}

void
dlm_code_float (GString *out,
                double   value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_if_fail (out != NULL);

  if (isnan (value))
    {
      g_string_append (out, "float(\"nan\")");
      return;
    }
  if (isinf (value))
    {
      g_string_append (out, value > 0 ? "float(\"inf\")" : "-float(\"inf\")");
      return;
    }
  /* the shortest digits that read back exactly, written as Python's
   * repr() writes them: positional from 1e-4 to below 1e16 (1000.0, not
   * 1e+03), else with an exponent (1e+16, 1.5e-05) */
  for (int digits = 1; digits <= 17; digits++)
    {
      char fmt[8];

      g_snprintf (fmt, sizeof fmt, "%%.%de", digits - 1);
      g_ascii_formatd (buf, sizeof buf, fmt, value);
      if (g_ascii_strtod (buf, NULL) == value)
        {
          int exponent = atoi (strchr (buf, 'e') + 1);

          if (exponent >= -4 && exponent < 16)
            {
              g_snprintf (fmt, sizeof fmt, "%%.%df", MAX (0, digits - 1 - exponent));
              g_ascii_formatd (buf, sizeof buf, fmt, value);
            }
          break;
        }
    }
  g_string_append (out, buf);
  if (strpbrk (buf, ".e") == NULL)
    g_string_append (out, ".0");
}

void
dlm_code_floats (GString      *out,
                 const double *values,
                 gsize         n)
{
  g_return_if_fail (out != NULL);
  g_return_if_fail (values != NULL || n == 0);

  g_string_append_c (out, '[');
  for (gsize i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      dlm_code_float (out, values[i]);
    }
  g_string_append_c (out, ']');
}

void
dlm_code_matrix (GString      *out,
                 const double *values,
                 gsize         rows,
                 gsize         cols)
{
  g_return_if_fail (out != NULL);
  g_return_if_fail (values != NULL || rows * cols == 0);

  g_string_append_c (out, '[');
  for (gsize r = 0; r < rows; r++)
    {
      if (r > 0)
        g_string_append (out, ", ");
      dlm_code_floats (out, values + r * cols, cols);
    }
  g_string_append_c (out, ']');
}

void
dlm_code_string (GString    *out,
                 const char *text)
{
  g_return_if_fail (out != NULL);
  g_return_if_fail (text != NULL);

  g_autofree char *valid = g_utf8_make_valid (text, -1);

  g_string_append_c (out, '"');
  for (const char *p = valid; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      if (c == '"' || c == '\\')
        g_string_append_printf (out, "\\%c", c);
      else if (c == '\n')
        g_string_append (out, "\\n");
      else if (c < 0x20 || c == 0x7f)
        g_string_append_printf (out, "\\x%02x", c);
      else
        g_string_append_c (out, (char) c);
    }
  g_string_append_c (out, '"');
}

void
dlm_code_show (GString    *out,
               const char *key,
               const char *expression)
{
  g_return_if_fail (out != NULL);
  g_return_if_fail (key != NULL && expression != NULL);

  g_string_append (out, "show(");
  dlm_code_string (out, key);
  g_string_append_printf (out, ", %s)\n", expression);
}

/* Greedy: words go on a line while it stays within 79 characters. */
void
dlm_code_comment (GString    *out,
                  const char *text)
{
  g_auto(GStrv) words = NULL;
  glong column = 0;

  g_return_if_fail (out != NULL);
  g_return_if_fail (text != NULL);

  words = g_strsplit_set (text, " \n", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      glong length = g_utf8_strlen (words[i], -1);

      if (length == 0)
        continue;
      if (column > 0 && column + 1 + length > 79)
        {
          g_string_append_c (out, '\n');
          column = 0;
        }
      g_string_append (out, column == 0 ? "# " : " ");
      g_string_append (out, words[i]);
      column += (column == 0 ? 2 : 1) + length;
    }
  if (column > 0)
    g_string_append_c (out, '\n');
}

void
dlm_code_not_reproduced (GString    *out,
                         const char *key,
                         const char *reason)
{
  g_autofree char *line = NULL;

  g_return_if_fail (out != NULL);
  g_return_if_fail (key != NULL && reason != NULL);

  line = g_strdup_printf ("not reproduced: %s — %s", key, reason);
  dlm_code_comment (out, line);
}

static void
append_call (GString    *out,
             const char *function,
             const char *text)
{
  if (text == NULL)
    return;
  g_string_append_printf (out, "plt.%s(", function);
  dlm_code_string (out, text);
  g_string_append (out, ")\n");
}

void
dlm_code_labels (GString    *out,
                 const char *xlabel,
                 const char *ylabel,
                 const char *title)
{
  g_return_if_fail (out != NULL);

  append_call (out, "xlabel", xlabel);
  append_call (out, "ylabel", ylabel);
  append_call (out, "title", title);
}

void
dlm_code_strings (GString           *out,
                  const char *const *strings)
{
  g_return_if_fail (out != NULL);
  g_return_if_fail (strings != NULL);

  g_string_append_c (out, '[');
  for (gsize i = 0; strings[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      dlm_code_string (out, strings[i]);
    }
  g_string_append_c (out, ']');
}

void
dlm_code_np_matrix (GString          *out,
                    const char       *name,
                    const gsl_matrix *m)
{
  g_return_if_fail (out != NULL);
  g_return_if_fail (name != NULL && m != NULL);

  g_string_append_printf (out, "%s = np.array([", name);
  for (gsize r = 0; r < m->size1; r++)
    {
      if (r > 0)
        g_string_append (out, ", ");
      dlm_code_floats (out, m->data + r * m->tda, m->size2);
    }
  g_string_append (out, "])\n");
}

void
dlm_code_base64 (GString      *out,
                 const char   *name,
                 const guint8 *data,
                 gsize         size)
{
  g_autofree char *text = NULL;
  gsize length;

  g_return_if_fail (out != NULL && name != NULL);
  g_return_if_fail (data != NULL || size == 0);

  text = g_base64_encode (data, size);
  length = strlen (text);
  g_string_append_printf (out, "%s = base64.b64decode(\n", name);
  for (gsize at = 0; at < length; at += 72)
    g_string_append_printf (out, "    \"%.*s\"\n", (int) MIN (72, length - at), text + at);
  g_string_append (out, ")\n");
}

void
dlm_code_np_array (GString      *out,
                   const char   *name,
                   const double *values,
                   gsize         n)
{
  g_return_if_fail (out != NULL && name != NULL);
  g_return_if_fail (values != NULL || n == 0);

  g_string_append_printf (out, "%s = np.array(", name);
  dlm_code_floats (out, values, n);
  g_string_append (out, ")\n");
}
