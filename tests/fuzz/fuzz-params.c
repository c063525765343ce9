/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-fuzz"

#include "config.h"

#include <pango/pango.h>
#include <string.h>

#include "dlm-error.h"
#include "fuzz-log.h"
#include "dlm-plot.h"
#include "dlm-theme.h"
#include "dlm-topic-registry.h"

/* libFuzzer target for the topics' parameters: everything a user can type
 * into a field or give to --set KEY=VALUE, checked the way the command line
 * and the window take it, then drawn and written out the way they use it.
 *
 * Input: byte 0 picks the topic (modulo the number of topics), byte 1 the
 * theme; the rest, split on '\n', is up to MAX_ASSIGNMENTS lines applied
 * together with dlm_topic_apply(). A line's first byte picks the key from
 * the topic's parameters, the rest of the line is the value; the byte one
 * past the last parameter instead takes the rest of the line as it is, a
 * whole "KEY=VALUE" (or not) of its own.
 *
 * A refused set of assignments must leave every parameter as it was, with
 * a DLM_ERROR whose message is short, valid UTF-8 and names a key that was
 * given. An accepted one must give parameter texts that are accepted back
 * unchanged, a summary of key=value lines, UTF-8 CSV and descriptions,
 * formulas that are valid Pango markup, and a figure drawn without a cairo
 * error, CRITICAL or WARNING (made fatal here, as in the tests). */

#define MAX_ASSIGNMENTS 8
/* A message quotes at most 60 characters of what was given (dlm_quote_input)
 * beside the field's name and what it accepts; characters, not bytes, as a
 * quoted character may take four. */
#define MAX_MESSAGE_CHARS 400
/* Small, where layouts run short of room, yet large enough that every
 * topic's views draw with their defaults, in every theme, without
 * undefined behaviour and with every point the keyboard cursor counts. */
#define WIDTH  320
#define HEIGHT 240

int LLVMFuzzerInitialize   (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_abort_on_warnings ();
  dlm_text_prepare ();
  return 0;
}

/* Every parameter's text, in the order dlm_topic_list_params() gives. */
static GStrv
param_texts (DlmTopic  *topic,
             GPtrArray *params)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < params->len; i++)
    {
      DlmParamInfo *info = g_ptr_array_index (params, i);
      g_autofree char *text = dlm_topic_get_param_text (topic, info->name);

      g_strv_builder_add (builder, text);
    }
  return g_strv_builder_end (builder);
}

static gboolean
is_name_char (char c)
{
  return g_ascii_isalnum (c) || c == '-' || c == '_';
}

/* Whether @message names @key as a word of its own ("n: …", "sigma, rho: …"),
 * not as a letter of another word. */
static gboolean
names_key (const char *message,
           const char *key)
{
  gsize len = strlen (key);

  for (const char *at = strstr (message, key); at != NULL; at = strstr (at + 1, key))
    if ((at == message || !is_name_char (at[-1])) && !is_name_char (at[len]))
      return TRUE;
  return FALSE;
}

/* The assignments the input spells, and the keys they name; @keys stays
 * empty when a line gave its own key, which a message may quote shortened. */
static GStrv
read_assignments (const guint8 *data,
                  size_t        size,
                  GPtrArray    *params,
                  GPtrArray    *keys)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_auto(GStrv) lines = g_strsplit (text, "\n", MAX_ASSIGNMENTS + 1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  gboolean own_key = FALSE;

  for (guint i = 0; lines[i] != NULL && i < MAX_ASSIGNMENTS; i++)
    {
      guint pick;
      g_autofree char *valid = NULL;

      if (lines[i][0] == '\0')
        continue;
      pick = (guint8) lines[i][0] % (params->len + 1);
      /* the command line and the window hand the models UTF-8 only */
      valid = g_utf8_make_valid (lines[i] + 1, -1);
      if (pick == params->len)
        {
          own_key = TRUE;
          g_strv_builder_add (builder, valid);
          continue;
        }
      {
        DlmParamInfo *info = g_ptr_array_index (params, pick);
        g_autofree char *assignment = g_strconcat (info->name, "=", valid, NULL);

        g_strv_builder_add (builder, assignment);
        g_ptr_array_add (keys, info->name);
      }
    }
  if (own_key)
    g_ptr_array_set_size (keys, 0);
  return g_strv_builder_end (builder);
}

static void
check_refusal (const GError *error,
               GPtrArray    *keys)
{
  gboolean named = keys->len == 0;

  g_assert_nonnull (error);
  g_assert_true (error->domain == DLM_ERROR);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_cmpuint (g_utf8_strlen (error->message, -1), <=, MAX_MESSAGE_CHARS);
  for (guint i = 0; i < keys->len && !named; i++)
    named = names_key (error->message, g_ptr_array_index (keys, i));
  if (!named)
    g_error ("the message names none of the keys given: %s", error->message);
}

/* The texts the parameters show are accepted back, all at once, and
 * change nothing: what a field shows can be typed in again. */
static void
check_texts_round_trip (DlmTopic  *topic,
                        GPtrArray *params,
                        GStrv      before)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) assignments = NULL;
  g_auto(GStrv) after = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < params->len; i++)
    {
      DlmParamInfo *info = g_ptr_array_index (params, i);
      g_autofree char *assignment = g_strconcat (info->name, "=", before[i], NULL);

      g_strv_builder_add (builder, assignment);
    }
  assignments = g_strv_builder_end (builder);
  if (!dlm_topic_apply (topic, (const char *const *) assignments, &error))
    g_error ("a parameter's own text is refused: %s", error->message);
  after = param_texts (topic, params);
  g_assert_true (g_strv_equal ((const char *const *) before, (const char *const *) after));
}

static void
check_summary (const char *summary)
{
  g_auto(GStrv) lines = g_strsplit (summary, "\n", -1);

  g_assert_true (g_utf8_validate (summary, -1, NULL));
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *eq = strchr (lines[i], '=');

      /* the text ends with a line break, so the last piece is empty */
      if (lines[i + 1] == NULL && lines[i][0] == '\0')
        break;
      g_assert_true (eq != NULL && eq != lines[i]);
    }
}

static void
check_markup (char *markup)
{
  g_autoptr(GError) error = NULL;

  if (markup == NULL)
    return;
  if (!pango_parse_markup (markup, -1, 0, NULL, NULL, NULL, &error))
    g_error ("not valid Pango markup (%s): %s", error->message, markup);
  g_free (markup);
}

static void
check_text (char *text)
{
  g_assert_nonnull (text);
  g_assert_true (g_utf8_validate (text, -1, NULL));
  g_free (text);
}

/* As the command line draws a figure: on an image surface, with the
 * theme scaled to the size. */
static void
render (DlmTopic     *topic,
        DlmThemeKind  kind,
        int           width,
        int           height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  DlmTheme theme;

  dlm_theme_init (&theme, kind, dlm_theme_auto_scale (width, height));
  dlm_topic_render (topic, cr, &theme, width, height);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* What the command line and the window make of an accepted topic. */
static void
exercise (DlmTopic     *topic,
          DlmThemeKind  kind)
{
  g_autofree char *summary = dlm_topic_to_summary (topic);
  DlmProbe probe = { 0 };
  guint row_length = 0;
  guint count;

  check_summary (summary);
  check_text (dlm_topic_to_csv (topic));
  render (topic, kind, WIDTH, HEIGHT);
  check_text (dlm_topic_describe (topic));
  check_markup (dlm_topic_get_formula (topic));
  check_markup (dlm_topic_get_explanation (topic));

  /* the keyboard cursor and the pointer, over the figure just drawn */
  count = dlm_topic_count_points (topic, &row_length);
  for (guint i = 0; i < count; i = i < 2 ? i + 1 : MAX (i + 1, count - 1))
    {
      g_assert_true (dlm_topic_get_point (topic, i, &probe));
      g_assert_true (probe.text != NULL && g_utf8_validate (probe.text, -1, NULL));
      dlm_probe_clear (&probe);
    }
  if (dlm_topic_probe (topic, WIDTH / 2.0, HEIGHT / 2.0, &probe))
    g_assert_true (probe.text != NULL && g_utf8_validate (probe.text, -1, NULL));
  dlm_probe_clear (&probe);
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  guint n_topics;
  const DlmTopicTypeFunc *types = dlm_topic_registry_get (&n_topics);
  g_autoptr(DlmTopic) topic = NULL;
  g_autoptr(GPtrArray) params = NULL;
  g_autoptr(GPtrArray) keys = g_ptr_array_new ();
  g_auto(GStrv) assignments = NULL;
  g_auto(GStrv) before = NULL;
  g_auto(GStrv) after = NULL;
  g_autoptr(GError) error = NULL;

  if (size < 2)
    return 0;
  topic = g_object_new (types[data[0] % n_topics] (), NULL);
  params = dlm_topic_list_params (topic);
  assignments = read_assignments (data + 2, size - 2, params, keys);
  before = param_texts (topic, params);

  if (!dlm_topic_apply (topic, (const char *const *) assignments, &error))
    {
      check_refusal (error, keys);
      after = param_texts (topic, params);
      g_assert_true (g_strv_equal ((const char *const *) before, (const char *const *) after));
      return 0;
    }
  g_assert_no_error (error);
  after = param_texts (topic, params);
  check_texts_round_trip (topic, params, after);
  exercise (topic, data[1] % 3);
  return 0;
}
