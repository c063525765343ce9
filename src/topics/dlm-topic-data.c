/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dlm-argmax-topic.h"
#include "dlm-dot-topic.h"
#include "dlm-encoding.h"
#include "dlm-entropy.h"
#include "dlm-error.h"
#include "dlm-meanvar.h"
#include "dlm-parse.h"
#include "dlm-softmax.h"
#include "dlm-topic-data.h"
#include "dlm-transpose-topic.h"

/* The fields that take a file, with their own limits. A topic that adds a
 * list, matrix or label field adds a line here (test-data checks that
 * every line names a text parameter of its topic). */
typedef struct {
  const char  *topic;
  const char  *key;
  DlmDataKind  kind;
  gsize        max_values;
} DataField;

static const DataField data_fields[] = {
  { "complex", "start", DLM_DATA_NUMBERS, 3 },
  { "encoding", "values", DLM_DATA_TEXT, DLM_ENCODING_MAX_VALUES },
  { "encoding", "categories", DLM_DATA_TEXT, DLM_ENCODING_MAX_CATEGORIES },
  { "transpose", "matrix", DLM_DATA_NUMBERS, DLM_TRANSPOSE_MAX_SIDE * DLM_TRANSPOSE_MAX_SIDE },
  { "dot", "v", DLM_DATA_NUMBERS, DLM_DOT_MAX_LEN },
  { "dot", "w", DLM_DATA_NUMBERS, DLM_DOT_MAX_LEN },
  { "dot", "a", DLM_DATA_NUMBERS, DLM_DOT_MAX_ENTRIES },
  { "dot", "b", DLM_DATA_NUMBERS, DLM_DOT_MAX_ENTRIES },
  { "dot", "p", DLM_DATA_NUMBERS, 2 },
  { "dot", "q", DLM_DATA_NUMBERS, 2 },
  { "dot", "signal", DLM_DATA_NUMBERS, DLM_DOT_MAX_LEN },
  { "dot", "kernel", DLM_DATA_NUMBERS, DLM_DOT_MAX_LEN },
  { "matmul", "a", DLM_DATA_NUMBERS, DLM_PARSE_MAX_ENTRIES },
  { "matmul", "b", DLM_DATA_NUMBERS, DLM_PARSE_MAX_ENTRIES },
  { "softmax", "logits", DLM_DATA_NUMBERS, DLM_SOFTMAX_MAX_LOGITS },
  { "softmax", "labels", DLM_DATA_TEXT, DLM_SOFTMAX_MAX_LOGITS },
  { "entropy", "dist", DLM_DATA_NUMBERS, DLM_ENTROPY_MAX_VALUES },
  { "entropy", "q", DLM_DATA_NUMBERS, DLM_ENTROPY_MAX_VALUES },
  { "argmax", "values", DLM_DATA_NUMBERS, DLM_ARGMAX_MAX_VALUES },
  { "argmax", "labels", DLM_DATA_TEXT, DLM_ARGMAX_MAX_VALUES },
  { "meanvar", "data", DLM_DATA_NUMBERS, DLM_MEANVAR_MAX_VALUES },
  { "meanvar", "compare", DLM_DATA_NUMBERS, DLM_MEANVAR_MAX_VALUES },
};

gboolean
dlm_topic_data_field (DlmTopic     *topic,
                      const char   *key,
                      DlmDataKind  *kind,
                      gsize        *max_values)
{
  const char *id;

  g_return_val_if_fail (DLM_IS_TOPIC (topic), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  id = dlm_topic_get_id (topic);
  for (guint i = 0; i < G_N_ELEMENTS (data_fields); i++)
    if (strcmp (data_fields[i].topic, id) == 0 && strcmp (data_fields[i].key, key) == 0)
      {
        if (kind != NULL)
          *kind = data_fields[i].kind;
        if (max_values != NULL)
          *max_values = data_fields[i].max_values;
        return TRUE;
      }
  return FALSE;
}

/* "logits, labels": the fields of @topic that take a file. */
static char *
data_field_names (DlmTopic *topic)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (data_fields); i++)
    if (strcmp (data_fields[i].topic, dlm_topic_get_id (topic)) == 0)
      g_string_append_printf (names, "%s%s", names->len > 0 ? ", " : "", data_fields[i].key);
  return g_string_free (g_steal_pointer (&names), FALSE);
}

static gboolean
fail_not_data_field (DlmTopic    *topic,
                     const char  *key,
                     const char  *value,
                     GError     **error)
{
  g_autofree char *names = data_field_names (topic);
  g_autofree char *given = dlm_quote_input (value);

  if (*names != '\0')
    g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                 /* TRANSLATORS: "image: “@x.png”: …; accepted: @FILE in logits, labels" */
                 _("%s: “%s”: this field takes no file of data; accepted: @FILE in %s, "
                   "and @@ for a value that starts with @"), key, given, names);
  else
    g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                 _("%s: “%s”: topic %s has no field that takes a file of data; "
                   "accepted: @@ for a value that starts with @"), key, given, dlm_topic_get_id (topic));
  return FALSE;
}

/* A field that came from a file, for the messages about it. */
typedef struct {
  char *key;
  char *source;
} FromFile;

static void
from_file_free (gpointer data)
{
  FromFile *f = data;

  g_free (f->key);
  g_free (f->source);
  g_free (f);
}

static gboolean
is_known_property (DlmTopic   *topic,
                   const char *key)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (topic), key);

  return pspec != NULL && pspec->owner_type != DLM_TYPE_TOPIC;
}

/* "KEY=@SPEC": the file's values as the field's text, "KEY=1, 2, 3". */
static char *
load_assignment (DlmTopic     *topic,
                 const char   *key,
                 const char   *spec,
                 gboolean     *stdin_used,
                 GPtrArray    *from_files,
                 GError      **error)
{
  g_autoptr(DlmData) data = NULL;
  g_autofree char *text = NULL;
  DlmDataKind kind;
  gsize max_values;
  FromFile *from;

  if (!dlm_topic_data_field (topic, key, &kind, &max_values))
    {
      g_autofree char *value = g_strconcat ("@", spec, NULL);

      fail_not_data_field (topic, key, value, error);
      return NULL;
    }
  if (g_str_has_prefix (spec, "-") && (spec[1] == '\0' || g_str_has_prefix (spec + 1, "#col=")))
    {
      if (*stdin_used)
        {
          g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                       _("%s: standard input was read for another field already; accepted: @- "
                         "for one field, files for the others"), key);
          return NULL;
        }
      *stdin_used = TRUE;
    }
  if ((data = dlm_data_load (spec, kind, max_values, error)) == NULL)
    {
      g_prefix_error (error, "%s: ", key);
      return NULL;
    }
  text = dlm_data_to_text (data);
  from = g_new0 (FromFile, 1);
  from->key = g_strdup (key);
  from->source = g_strdup (data->source);
  g_ptr_array_add (from_files, from);
  return g_strconcat (key, "=", text, NULL);
}

/* One assignment as dlm_topic_apply() takes it: as it is, "@@x" as "@x",
 * "@SPEC" as the file's values. A key the topic does not have stays, so
 * that dlm_topic_apply() names the keys it has. */
static char *
resolve_assignment (DlmTopic     *topic,
                    const char   *assignment,
                    gboolean     *stdin_used,
                    GPtrArray    *from_files,
                    GError      **error)
{
  const char *eq = strchr (assignment, '=');
  g_autofree char *key = NULL;

  if (eq == NULL || eq[1] != '@')
    return g_strdup (assignment);
  if (eq[2] == '@')
    {
      g_autofree char *start = g_strndup (assignment, eq + 1 - assignment);

      return g_strconcat (start, eq + 2, NULL);
    }
  key = g_strstrip (g_strndup (assignment, eq - assignment));
  if (!is_known_property (topic, key))
    return g_strdup (assignment);
  return load_assignment (topic, key, eq + 2, stdin_used, from_files, error);
}

/* "logits: value 2 …" about a field from a file becomes
 * "logits: “z.csv”: value 2 …". */
static void
name_file_in_error (GError    *error,
                    GPtrArray *from_files)
{
  for (guint i = 0; i < from_files->len; i++)
    {
      FromFile *f = g_ptr_array_index (from_files, i);
      gsize n = strlen (f->key);

      if (strncmp (error->message, f->key, n) == 0 && strncmp (error->message + n, ": ", 2) == 0)
        {
          char *message = g_strdup_printf ("%s: %s: %s", f->key, f->source, error->message + n + 2);

          g_free (error->message);
          error->message = message;
          return;
        }
    }
}

gboolean
dlm_topic_apply_data (DlmTopic            *topic,
                      const char *const   *assignments,
                      GError             **error)
{
  g_autoptr(GPtrArray) from_files = g_ptr_array_new_with_free_func (from_file_free);
  g_autoptr(GPtrArray) resolved = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) local = NULL;
  gboolean stdin_used = FALSE;

  g_return_val_if_fail (DLM_IS_TOPIC (topic), FALSE);

  for (guint i = 0; assignments != NULL && assignments[i] != NULL; i++)
    {
      char *one = resolve_assignment (topic, assignments[i], &stdin_used, from_files, error);

      if (one == NULL)
        return FALSE;
      g_ptr_array_add (resolved, one);
    }
  g_ptr_array_add (resolved, NULL);
  if (dlm_topic_apply (topic, (const char *const *) resolved->pdata, &local))
    return TRUE;
  name_file_in_error (local, from_files);
  g_propagate_error (error, g_steal_pointer (&local));
  return FALSE;
}
