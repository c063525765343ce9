/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-core"

#include "config.h"

#include <glib/gi18n.h>
#include <gsl/gsl_matrix.h>
#include <string.h>
#include <unistd.h>

#include "dlm-data.h"
#include "dlm-error.h"
#include "dlm-file.h"
#include "dlm-format.h"
#include "dlm-npy.h"
#include "dlm-parse.h"
#include "dlm-table.h"

#define COLUMN_PICK "#col="
#define PICK_MAX_VALUES (DLM_DATA_MAX_BYTES / 8u)

void
dlm_data_free (DlmData *data)
{
  if (data == NULL)
    return;
  g_free (data->values);
  g_strfreev (data->texts);
  g_strfreev (data->column_names);
  g_free (data->source);
  g_free (data);
}

/* The bytes of @path, or of standard input for "-". */
static GBytes *
read_bytes (const char  *path,
            GError     **error)
{
  if (strcmp (path, "-") == 0)
    return dlm_file_read_fd (STDIN_FILENO, _("standard input"), DLM_DATA_MAX_BYTES, error);
  return dlm_file_read (path, DLM_DATA_MAX_BYTES, error);
}

static char *
source_name (const char *path)
{
  g_autofree char *shown = NULL;

  if (strcmp (path, "-") == 0)
    return g_strdup (_("standard input"));
  shown = dlm_quote_path (path);
  return g_strdup_printf ("“%s”", shown);
}

static gboolean
is_npy (const char   *path,
        const guint8 *bytes,
        gsize         size)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  return (size >= DLM_NPY_MAGIC_LEN && memcmp (bytes, DLM_NPY_MAGIC, DLM_NPY_MAGIC_LEN) == 0) ||
         g_str_has_suffix (lower, ".npy");
}

/* Column @pick of a .npy matrix, by index only: an array has no header. */
static gboolean
pick_npy_column (DlmArray    *array,
                 const char  *pick,
                 GError     **error)
{
  guint64 col = 0;
  g_autofree char *given = dlm_quote_input (pick);

  /* an empty array has no column to pick: its count says so */
  if (array->rows == 0 || array->cols == 0)
    return TRUE;
  if (!g_ascii_string_to_unsigned (pick, 10, 0, G_MAXUINT64, &col, NULL) || col >= array->cols)
    {
      g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                   _("col=“%s”: the array has %lu columns and no header; accepted: an index from 0 to %lu "
                     "(counted from 0)"), given, (gulong) array->cols, (gulong) array->cols - 1);
      return FALSE;
    }
  for (gsize i = 0; array->values != NULL && i < array->rows; i++)
    array->values[i] = array->values[i * array->cols + col];
  if (array->values != NULL)
    array->values = g_renew (double, array->values, MAX (array->rows, 1));
  array->found = array->rows;
  array->cols = 1;
  return TRUE;
}

static DlmArray *
read_npy (GBytes      *bytes,
          const char  *pick,
          gsize        max_values,
          GError     **error)
{
  gsize size;
  const guint8 *data = g_bytes_get_data (bytes, &size);
  /* a column of a matrix: the whole matrix is read first, as doubles of
   * at most as many bytes as the file may have */
  g_autoptr(DlmArray) array = dlm_npy_read (data, size, pick != NULL ? PICK_MAX_VALUES : max_values, error);

  if (array == NULL || (pick != NULL && !pick_npy_column (array, pick, error)))
    return NULL;
  if (pick != NULL && array->values == NULL && array->found <= max_values)
    {
      g_set_error (error, DLM_ERROR, DLM_ERROR_TOO_LARGE,
                   _("has more than %u numbers; accepted: at most %u in a matrix to pick a column from"),
                   PICK_MAX_VALUES, PICK_MAX_VALUES);
      return NULL;
    }
  return g_steal_pointer (&array);
}

/* "has 5000 numbers; accepted: 1 to 1000", or "has no labels; …". */
static gboolean
check_count (gsize         found,
             DlmDataKind   kind,
             gsize         max_values,
             GError      **error)
{
  g_autofree char *accepted = NULL;

  if (found >= 1 && found <= max_values)
    return TRUE;
  accepted = g_strdup_printf (kind == DLM_DATA_TEXT ? _("1 to %lu labels") : _("1 to %lu numbers"),
                              (gulong) max_values);
  if (found == 0)
    g_set_error (error, DLM_ERROR, DLM_ERROR_EMPTY,
                 kind == DLM_DATA_TEXT ? _("has no labels; accepted: %s") : _("has no numbers; accepted: %s"),
                 accepted);
  else
    g_set_error (error, DLM_ERROR, DLM_ERROR_TOO_LARGE,
                 kind == DLM_DATA_TEXT ? _("has %lu labels; accepted: %s") : _("has %lu numbers; accepted: %s"),
                 (gulong) found, accepted);
  return FALSE;
}

/* Numbers of a .npy file as labels, as NumPy prints them: 1, 2.5. */
static GStrv
numbers_to_texts (const DlmArray *array)
{
  GStrv texts = g_new0 (char *, array->rows * array->cols + 1);

  for (gsize i = 0; i < array->rows * array->cols; i++)
    texts[i] = dlm_format_number_shortest (array->values[i]);
  return texts;
}

static gboolean
load_npy (DlmData      *data,
          GBytes       *bytes,
          const char   *pick,
          gsize         max_values,
          GError      **error)
{
  g_autoptr(DlmArray) array = read_npy (bytes, pick, max_values, error);

  if (array == NULL || !check_count (array->found, data->kind, max_values, error))
    return FALSE;
  data->rows = array->rows;
  data->cols = array->cols;
  if (data->kind == DLM_DATA_TEXT)
    data->texts = numbers_to_texts (array);
  else
    data->values = g_steal_pointer (&array->values);
  return TRUE;
}

static gboolean
load_table (DlmData      *data,
            GBytes       *bytes,
            const char   *pick,
            gsize         max_values,
            GError      **error)
{
  gsize size, found = 0;
  const char *text = g_bytes_get_data (bytes, &size);
  g_autoptr(DlmArray) array = NULL;

  if (data->kind == DLM_DATA_TEXT)
    {
      g_autoptr(GError) local = NULL;

      data->texts = dlm_table_read_texts (text, size, pick, max_values, &found, &local);
      if (local != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local));
          return FALSE;
        }
      data->rows = found;
      data->cols = 1;
      return check_count (found, data->kind, max_values, error);
    }
  if ((array = dlm_table_read_numbers (text, size, pick, max_values, error)) == NULL ||
      !check_count (array->found, data->kind, max_values, error))
    return FALSE;
  data->rows = array->rows;
  data->cols = array->cols;
  data->values = g_steal_pointer (&array->values);
  data->column_names = g_steal_pointer (&array->names);
  return TRUE;
}

/* "data.csv#col=height" → "data.csv" and "height"; the last "#col=" counts,
 * so a name with "#" in it still works. */
static char *
split_spec (const char  *spec,
            char       **pick)
{
  const char *at = g_strrstr (spec, COLUMN_PICK);

  *pick = at != NULL ? g_strdup (at + strlen (COLUMN_PICK)) : NULL;
  return at != NULL ? g_strndup (spec, at - spec) : g_strdup (spec);
}

DlmData *
dlm_data_load (const char   *spec,
               DlmDataKind   kind,
               gsize         max_values,
               GError      **error)
{
  g_autoptr(DlmData) data = g_new0 (DlmData, 1);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local = NULL;
  g_autofree char *pick = NULL;
  g_autofree char *path = NULL;
  gboolean ok;
  gsize size;
  const guint8 *raw;

  g_return_val_if_fail (spec != NULL, NULL);
  g_return_val_if_fail (max_values >= 1, NULL);

  path = split_spec (spec, &pick);
  if ((bytes = read_bytes (path, error)) == NULL)
    return NULL;
  data->kind = kind;
  data->source = source_name (path);
  raw = g_bytes_get_data (bytes, &size);
  if (is_npy (path, raw, size))
    ok = load_npy (data, bytes, pick, max_values, &local);
  else
    ok = load_table (data, bytes, pick, max_values, &local);
  if (!ok)
    {
      /* the file, then what is wrong where: "“x.csv” line 3, …" */
      g_set_error (error, local->domain, local->code, "%s %s", data->source, local->message);
      return NULL;
    }
  return g_steal_pointer (&data);
}

char *
dlm_data_to_text (const DlmData *data)
{
  g_return_val_if_fail (data != NULL, NULL);

  if (data->kind == DLM_DATA_TEXT)
    return g_strjoinv (", ", data->texts);
  g_return_val_if_fail (data->rows >= 1 && data->cols >= 1, NULL);
  {
    gsl_matrix_const_view view = gsl_matrix_const_view_array (data->values, data->rows, data->cols);

    return dlm_format_matrix (&view.matrix);
  }
}
