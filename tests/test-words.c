/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-test"

#include "config.h"

#include <locale.h>
#include <string.h>

#include "dlm-topic-registry.h"
#include "topic-test.h"

/* The words and the data files follow the figure. For every topic, every
 * view (the topic's slides parameter) and every other parameter, another
 * valid value is set; whenever the figure changes, the description must
 * change too, and so must the CSV or the summary: a description or an
 * export that stays the same while the picture moves describes some other
 * picture. Views that draw different figures have different descriptions
 * and different CSV files. A summary key has one value in every view
 * (one key, one quantity), and every CSV with a header numbers its rows
 * from 0 in a first column `index` (`row` for a pixel grid). */

#define FIGURE_WIDTH  640
#define FIGURE_HEIGHT 400

typedef struct {
  char *figure;              /* checksum of the pixels */
  char *describe;
  char *csv;
  char *summary;
} Snapshot;

static void
snapshot_free (Snapshot *snap)
{
  g_free (snap->figure);
  g_free (snap->describe);
  g_free (snap->csv);
  g_free (snap->summary);
  g_free (snap);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Snapshot, snapshot_free)

static Snapshot *
snapshot_take (DlmTopic *topic)
{
  Snapshot *snap = g_new0 (Snapshot, 1);
  DlmTheme theme;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, FIGURE_WIDTH, FIGURE_HEIGHT);
  cairo_t *cr = cairo_create (surface);

  dlm_theme_init (&theme, DLM_THEME_LIGHT, 1.0);
  dlm_topic_render (topic, cr, &theme, FIGURE_WIDTH, FIGURE_HEIGHT);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  snap->figure = g_compute_checksum_for_data (G_CHECKSUM_SHA256, cairo_image_surface_get_data (surface),
                                              (gsize) cairo_image_surface_get_stride (surface) * FIGURE_HEIGHT);
  cairo_surface_destroy (surface);

  snap->describe = dlm_topic_describe (topic);
  snap->csv = dlm_topic_to_csv (topic);
  snap->summary = dlm_topic_to_summary (topic);

  return snap;
}

/* ---- the cases ---------------------------------------------------------- */

typedef struct {
  char *topic;
  char *view_param;          /* NULL: the topic has one figure */
  char *view;
  char *param;
} Case;

static void
case_free (gpointer data)
{
  Case *c = data;

  g_free (c->topic);
  g_free (c->view_param);
  g_free (c->view);
  g_free (c->param);
  g_free (c);
}

/* The topic in @view (NULL: as it starts), or NULL when that view refuses
 * the topic's defaults (e.g. dummy coding of three categories). */
static DlmTopic *
topic_in_view (const Case *c)
{
  g_autoptr(DlmTopic) topic = dlm_topic_registry_new (c->topic);
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (topic);
  if (c->view != NULL && !dlm_topic_set_param (topic, c->view_param, c->view, &error))
    return NULL;

  return g_steal_pointer (&topic);
}

static DlmParamInfo *
find_param (DlmTopic   *topic,
            const char *name)
{
  g_autoptr(GPtrArray) params = dlm_topic_list_params (topic);

  for (guint i = 0; i < params->len; i++)
    if (strcmp (((DlmParamInfo *) g_ptr_array_index (params, i))->name, name) == 0)
      return g_ptr_array_steal_index (params, i);

  return NULL;
}

/* @text with its first digit turned into another one, or NULL. */
static char *
with_first_digit_changed (const char *text)
{
  char *copy = g_strdup (text);

  for (char *p = copy; *p != '\0'; p++)
    if (g_ascii_isdigit (*p))
      {
        *p = (char) ('0' + (*p - '0' + 3) % 10);
        return copy;
      }
  g_free (copy);

  return NULL;
}

/* Other values to try for a parameter, most telling first. */
static GPtrArray *
candidates_for (const DlmParamInfo *info,
                const char         *current)
{
  GPtrArray *values = g_ptr_array_new_with_free_func (g_free);
  double number = g_ascii_strtod (current, NULL);

  if (strcmp (info->type, "choice") == 0)
    {
      g_auto(GStrv) choices = g_strsplit (info->accepted, "|", -1);

      for (guint i = 0; choices[i] != NULL; i++)
        if (strcmp (choices[i], current) != 0)
          g_ptr_array_add (values, g_strdup (choices[i]));
    }
  else if (strcmp (info->type, "boolean") == 0)
    {
      g_ptr_array_add (values, g_strdup (strcmp (current, "true") == 0 ? "false" : "true"));
    }
  else if (strcmp (info->type, "integer") == 0)
    {
      const gint64 tries[] = { (gint64) number + 1, (gint64) number - 1, 1, 0, 2, 3,
                               (gint64) number * 2, (gint64) number / 2 };

      for (guint i = 0; i < G_N_ELEMENTS (tries); i++)
        g_ptr_array_add (values, g_strdup_printf ("%" G_GINT64_FORMAT, tries[i]));
    }
  else if (strcmp (info->type, "number") == 0)
    {
      const double tries[] = { number * 2, number + 0.5, number - 0.5, number / 2, 0.5, 1, 2, 0 };

      for (guint i = 0; i < G_N_ELEMENTS (tries); i++)
        {
          char buffer[G_ASCII_DTOSTR_BUF_SIZE];

          g_ptr_array_add (values, g_strdup (g_ascii_dtostr (buffer, sizeof buffer, tries[i])));
        }
    }
  else
    {
      char *digit = with_first_digit_changed (current);

      if (digit != NULL)
        g_ptr_array_add (values, digit);
      if (*current != '\0')
        {
          g_ptr_array_add (values, g_strconcat (current, ", 9", NULL));
          g_ptr_array_add (values, g_strconcat (current, ", Extra", NULL));
        }
      g_ptr_array_add (values, g_strdup ("1, 2, 3"));
      g_ptr_array_add (values, g_strdup ("a, b, c"));
    }

  return values;
}

/* Whether @a and @b, summaries, tables or descriptions, differ. */
static gboolean
differ (const char *a,
        const char *b)
{
  return g_strcmp0 (a, b) != 0;
}

/* Sets @c->param to each other value in turn until the figure changes,
 * then asks for new words and new data. A parameter whose values leave
 * the figure as it is needs neither. */
static void
test_param_follows (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(DlmTopic) topic = topic_in_view (c);
  g_autoptr(DlmParamInfo) info = NULL;
  g_autoptr(GPtrArray) candidates = NULL;
  g_autoptr(Snapshot) base = NULL;
  g_autofree char *current = NULL;

  if (topic == NULL)
    {
      g_test_skip ("the view refuses the topic's defaults");
      return;
    }
  info = find_param (topic, c->param);
  g_assert_nonnull (info);
  current = dlm_topic_get_param_text (topic, c->param);
  candidates = candidates_for (info, current);
  base = snapshot_take (topic);

  for (guint i = 0; i < candidates->len; i++)
    {
      const char *value = g_ptr_array_index (candidates, i);
      g_autoptr(DlmTopic) changed = topic_in_view (c);
      g_autoptr(Snapshot) after = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *assignment = g_strdup_printf ("%s=%s", c->param, value);
      const char *const assignments[] = { assignment, NULL };

      if (!dlm_topic_apply (changed, assignments, &error))
        continue;
      after = snapshot_take (changed);
      if (!differ (base->figure, after->figure))
        continue;

      if (!differ (base->describe, after->describe))
        g_test_fail_printf ("%s: the figure changed but the description did not: “%s”",
                            assignment, after->describe);
      if (!differ (base->csv, after->csv) && !differ (base->summary, after->summary))
        g_test_fail_printf ("%s: the figure changed but neither the CSV nor the summary did",
                            assignment);
      return;
    }
}

/* The views of a topic that draw different figures say different things
 * and export different data. */
static void
test_views_differ (gconstpointer data)
{
  const char *id = data;
  g_autoptr(DlmTopic) probe = dlm_topic_registry_new (id);
  g_auto(GStrv) views = dlm_topic_list_slides (probe);
  const char *param = DLM_TOPIC_GET_CLASS (probe)->slides_param;
  g_autoptr(GPtrArray) snaps = g_ptr_array_new_with_free_func ((GDestroyNotify) snapshot_free);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint i = 0; views[i] != NULL; i++)
    {
      Case c = { (char *) id, (char *) param, views[i], NULL };
      g_autoptr(DlmTopic) topic = topic_in_view (&c);

      if (topic == NULL)
        continue;
      g_ptr_array_add (snaps, snapshot_take (topic));
      g_ptr_array_add (names, views[i]);
    }

  for (guint i = 0; i < snaps->len; i++)
    for (guint j = i + 1; j < snaps->len; j++)
      {
        const Snapshot *a = g_ptr_array_index (snaps, i);
        const Snapshot *b = g_ptr_array_index (snaps, j);
        const char *na = g_ptr_array_index (names, i);
        const char *nb = g_ptr_array_index (names, j);

        if (!differ (a->figure, b->figure))
          continue;
        if (!differ (a->describe, b->describe))
          g_test_fail_printf ("%s=%s and %s=%s draw different figures with one description",
                              param, na, param, nb);
        if (!differ (a->csv, b->csv))
          g_test_fail_printf ("%s=%s and %s=%s draw different figures but export the same CSV",
                              param, na, param, nb);
      }
}

/* Every parameter but the view, "name=text" a line: views that open on
 * examples of their own (argmax's classifier) have other parameters, and
 * a key compares only between views with the same ones. */
static char *
other_params (DlmTopic   *topic,
              const char *view_param)
{
  g_autoptr(GPtrArray) params = dlm_topic_list_params (topic);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < params->len; i++)
    {
      const char *name = ((DlmParamInfo *) g_ptr_array_index (params, i))->name;
      g_autofree char *text = NULL;

      if (g_strcmp0 (name, view_param) == 0)
        continue;
      text = dlm_topic_get_param_text (topic, name);
      g_string_append_printf (out, "%s=%s\n", name, text);
    }
  return g_string_free (out, FALSE);
}

/* Records the keys of @topic's summary under its other parameters, and
 * fails on a key that had another value in an earlier view with the same
 * parameters. */
static void
compare_keys (GHashTable *first_value,
              GHashTable *first_view,
              DlmTopic   *topic,
              const char *param,
              const char *view)
{
  g_autoptr(GHashTable) summary = summary_of (topic);
  g_autofree char *others = other_params (topic, param);
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, summary);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_autofree char *slot = g_strconcat (others, (char *) key, NULL);
      const char *seen = g_hash_table_lookup (first_value, slot);

      if (g_strcmp0 (key, param) == 0)
        continue;
      if (seen == NULL)
        {
          g_hash_table_insert (first_value, g_strdup (slot), g_strdup (value));
          g_hash_table_insert (first_view, g_strdup (slot), (gpointer) view);
        }
      else if (strcmp (seen, value) != 0)
        g_test_fail_printf ("summary key %s is %s in %s=%s but %s in %s=%s", (char *) key,
                            seen, param, (char *) g_hash_table_lookup (first_view, slot),
                            (char *) value, param, view);
    }
}

/* A key of the summary has the same value in every view: it names one
 * quantity. The view's own key is the exception, and so are topics whose
 * slides are inputs rather than views of one state (seeding's generator
 * conventions, encoding's schemes): there the key's quantity is the same,
 * its input is not. A view that opens on an example of its own (argmax's
 * classifier) is compared as it opens and again with the first view's
 * parameters. */
static void
test_summary_keys (gconstpointer data)
{
  const char *id = data;
  g_autoptr(DlmTopic) probe = dlm_topic_registry_new (id);
  g_auto(GStrv) views = dlm_topic_list_slides (probe);
  const char *param = DLM_TOPIC_GET_CLASS (probe)->slides_param;
  g_autoptr(GHashTable) first_value = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) first_view = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(GStrv) first_params = NULL;

  if (g_strcmp0 (param, "view") != 0 && g_strcmp0 (param, "mode") != 0)
    {
      g_test_skip ("the slides are inputs, not views");
      return;
    }

  for (guint i = 0; views[i] != NULL; i++)
    {
      Case c = { (char *) id, (char *) param, views[i], NULL };
      g_autoptr(DlmTopic) topic = topic_in_view (&c);
      g_autoptr(DlmTopic) alike = topic_in_view (&c);
      g_autofree char *own = NULL;

      if (topic == NULL)
        continue;
      compare_keys (first_value, first_view, topic, param, views[i]);
      own = other_params (topic, param);
      if (first_params == NULL)
        {
          first_params = g_strsplit (own, "\n", -1);
          /* the list ends in an empty line: not an assignment */
          g_free (first_params[g_strv_length (first_params) - 1]);
          first_params[g_strv_length (first_params) - 1] = NULL;
          continue;
        }
      if (dlm_topic_apply (alike, (const char *const *) first_params, NULL))
        {
          g_autofree char *applied = other_params (alike, param);

          if (strcmp (applied, own) != 0)
            compare_keys (first_value, first_view, alike, param, views[i]);
        }
    }
}

/* Whether every field of @line reads as a number (nan and inf included). */
static gboolean
all_numbers (const char *line)
{
  g_auto(GStrv) fields = g_strsplit (line, ",", -1);

  for (guint i = 0; fields[i] != NULL; i++)
    {
      char *end = NULL;

      g_ascii_strtod (fields[i], &end);
      if (end == fields[i] || *end != '\0')
        return FALSE;
    }
  return TRUE;
}

static void
check_csv_index (const char *where,
                 const char *csv)
{
  g_auto(GStrv) lines = g_strsplit (csv, "\n", 3);
  g_auto(GStrv) header = NULL;

  if (lines[0] == NULL || all_numbers (lines[0]))
    return;                    /* numbers only, as np.savetxt writes a matrix */
  header = g_strsplit (lines[0], ",", 2);
  if (strcmp (header[0], "index") != 0 && strcmp (header[0], "row") != 0)
    g_test_fail_printf ("%s: the CSV starts with “%s”, not with index (or row)", where, header[0]);
  else if (lines[1] != NULL && *lines[1] != '\0' && !g_str_has_prefix (lines[1], "0,"))
    g_test_fail_printf ("%s: the first row is numbered “%.*s”, not 0", where,
                        (int) strcspn (lines[1], ","), lines[1]);
}

static void
test_csv_index (gconstpointer data)
{
  const char *id = data;
  g_autoptr(DlmTopic) probe = dlm_topic_registry_new (id);
  g_auto(GStrv) views = dlm_topic_list_slides (probe);
  const char *param = DLM_TOPIC_GET_CLASS (probe)->slides_param;

  if (views[0] == NULL)
    {
      g_autofree char *csv = dlm_topic_to_csv (probe);

      check_csv_index (id, csv);
      return;
    }
  for (guint i = 0; views[i] != NULL; i++)
    {
      Case c = { (char *) id, (char *) param, views[i], NULL };
      g_autoptr(DlmTopic) topic = topic_in_view (&c);
      g_autofree char *csv = NULL;
      g_autofree char *where = NULL;

      if (topic == NULL)
        continue;
      csv = dlm_topic_to_csv (topic);
      where = g_strdup_printf ("%s=%s", param, views[i]);
      check_csv_index (where, csv);
    }
}

static void
add_param_cases (const char *id,
                 const char *view_param,
                 const char *view)
{
  g_autoptr(DlmTopic) topic = dlm_topic_registry_new (id);
  g_autoptr(GPtrArray) params = dlm_topic_list_params (topic);

  for (guint i = 0; i < params->len; i++)
    {
      const DlmParamInfo *info = g_ptr_array_index (params, i);
      Case *c;
      g_autofree char *path = NULL;

      if (g_strcmp0 (info->name, view_param) == 0)
        continue;
      c = g_new0 (Case, 1);
      c->topic = g_strdup (id);
      c->view_param = g_strdup (view_param);
      c->view = g_strdup (view);
      c->param = g_strdup (info->name);
      path = g_strdup_printf ("/words/%s/%s/%s", id, view ? view : "figure", info->name);
      g_test_add_data_func_full (path, c, test_param_follows, case_free);
    }
}

static void
add_topic_cases (const char *id)
{
  g_autoptr(DlmTopic) topic = dlm_topic_registry_new (id);
  g_auto(GStrv) views = dlm_topic_list_slides (topic);
  const char *param = DLM_TOPIC_GET_CLASS (topic)->slides_param;
  g_autofree char *views_path = g_strdup_printf ("/words/%s/views", id);
  g_autofree char *keys_path = g_strdup_printf ("/words/%s/summary-keys", id);
  g_autofree char *index_path = g_strdup_printf ("/words/%s/csv-index", id);

  if (views[0] == NULL)
    add_param_cases (id, NULL, NULL);
  for (guint i = 0; views[i] != NULL; i++)
    add_param_cases (id, param, views[i]);

  g_test_add_data_func_full (views_path, g_strdup (id), test_views_differ, g_free);
  g_test_add_data_func_full (keys_path, g_strdup (id), test_summary_keys, g_free);
  g_test_add_data_func_full (index_path, g_strdup (id), test_csv_index, g_free);
}

int
main (int   argc,
      char *argv[])
{
  guint n_topics;
  const DlmTopicTypeFunc *types;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  types = dlm_topic_registry_get (&n_topics);
  for (guint i = 0; i < n_topics; i++)
    {
      g_autoptr(DlmTopic) topic = g_object_new (types[i] (), NULL);

      add_topic_cases (dlm_topic_get_id (topic));
    }

  return g_test_run ();
}
