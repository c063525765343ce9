/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-fuzz"

#include "config.h"

#include <math.h>
#include <string.h>

#include "dlm-error.h"
#include "dlm-table.h"

/* libFuzzer target for the table reader (CSV, TSV, np.savetxt text). The
 * first byte picks what is asked: numbers or labels, and the whole table,
 * column 0, column 1 or the column named "b". Any text either gives values
 * that agree with their shape (rows × cols numbers, or one column's worth),
 * all finite, or labels that are valid UTF-8, not empty and without a
 * comma; or a DLM_ERROR whose message is valid UTF-8 and starts with the
 * place ("line …" or "col=…"). */

#define MAX_VALUES 4096

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static void
check_error (const GError *error)
{
  g_assert_true (error != NULL && error->domain == DLM_ERROR);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_true (g_str_has_prefix (error->message, "line ") || g_str_has_prefix (error->message, "col="));
}

static void
check_numbers (const char *text,
               gsize       len,
               const char *column)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DlmArray) array = dlm_table_read_numbers (text, len, column, MAX_VALUES, &error);

  if (array == NULL)
    {
      check_error (error);
      return;
    }
  g_assert_no_error (error);
  g_assert_cmpuint (array->rows * array->cols, ==, array->found);
  if (column != NULL)
    g_assert_cmpuint (array->cols, ==, 1);
  g_assert_true ((array->values != NULL) == (array->found <= MAX_VALUES));
  for (gsize i = 0; array->values != NULL && i < array->found; i++)
    g_assert_true (isfinite (array->values[i]));
}

static void
check_texts (const char *text,
             gsize       len,
             const char *column)
{
  g_autoptr(GError) error = NULL;
  gsize found = 0;
  g_auto(GStrv) texts = dlm_table_read_texts (text, len, column, MAX_VALUES, &found, &error);

  if (error != NULL)
    {
      g_assert_null (texts);
      check_error (error);
      return;
    }
  g_assert_true ((texts != NULL) == (found <= MAX_VALUES));
  if (texts == NULL)
    return;
  g_assert_cmpuint (g_strv_length (texts), ==, found);
  for (gsize i = 0; i < found; i++)
    {
      g_assert_true (g_utf8_validate (texts[i], -1, NULL));
      g_assert_true (texts[i][0] != '\0' && strchr (texts[i], ',') == NULL);
    }
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  static const char *const columns[] = { NULL, "0", "1", "b" };
  g_autofree char *text = NULL;
  const char *column;

  if (size == 0)
    return 0;
  column = columns[data[0] & 3];
  /* a copy of exactly the text's bytes, so a read one past the end is caught */
  text = g_memdup2 (data + 1, size - 1);
  if (data[0] & 4)
    check_texts (text, size - 1, column);
  else
    check_numbers (text, size - 1, column);
  return 0;
}
