/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dlm-cli-lesson.h"
#include "dlm-error.h"
#include "dlm-export.h"
#include "dlm-lesson.h"
#include "dlm-plot.h"
#include "dlm-rng.h"
#include "dlm-topic-registry.h"

#define DECK_WIDTH   1920
#define DECK_HEIGHT  1080
#define MAX_SIDE     8192

/* The lesson's own options, and those it shares with a figure, are
 * checked here before anything is drawn; every refusal names the option. */

gboolean
dlm_cli_is_lesson (const DlmCliOptions *o)
{
  g_return_val_if_fail (o != NULL, FALSE);

  return o->deck != NULL || o->handout != NULL || o->topics != NULL || o->paper != NULL;
}

void
dlm_cli_lesson_options_clear (DlmCliOptions *o)
{
  g_return_if_fail (o != NULL);

  g_clear_pointer (&o->deck, g_free);
  g_clear_pointer (&o->handout, g_free);
  g_clear_pointer (&o->topics, g_free);
  g_clear_pointer (&o->paper, g_free);
}

static int
fail (int           code,
      const GError *error)
{
  g_printerr ("dlmath: %s\n", error->message);
  return code;
}

/* "complex, datatypes, …": the IDs --topics accepts. */
static char *
accepted_topics (void)
{
  g_autoptr(GString) out = g_string_new (NULL);
  guint n;
  const DlmTopicTypeFunc *types = dlm_topic_registry_get (&n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GTypeClass) klass = g_type_class_ref (types[i] ());

      g_string_append_printf (out, "%s%s", i > 0 ? ", " : "", DLM_TOPIC_CLASS (klass)->id);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static gboolean
check_topic_id (const char  *id,
                const char  *text,
                GStrvBuilder *seen_builder,
                GHashTable  *seen,
                GError     **error)
{
  g_autofree char *accepted = accepted_topics ();
  g_autofree char *given = dlm_quote_input (*id != '\0' ? id : text);

  if (*id == '\0')
    g_set_error (error, DLM_ERROR, DLM_ERROR_EMPTY,
                 _("--topics: “%s” leaves a topic out between commas; accepted: topic IDs "
                   "separated by commas, from %s"), given, accepted);
  else if (dlm_topic_registry_lookup (id) == G_TYPE_INVALID)
    g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                 _("--topics: “%s” is not a topic; accepted: %s"), given, accepted);
  else if (g_hash_table_contains (seen, id))
    g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                 _("--topics: “%s” is given twice; accepted: each topic once"), given);
  else
    {
      g_hash_table_add (seen, g_strdup (id));
      g_strv_builder_add (seen_builder, id);
      return TRUE;
    }
  return FALSE;
}

GStrv
dlm_cli_parse_topics (const char  *text,
                      GError     **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(GStrv) parts = NULL;
  g_autofree char *stripped = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  stripped = g_strstrip (g_strdup (text));
  if (*stripped == '\0')
    {
      g_autofree char *accepted = accepted_topics ();

      g_set_error (error, DLM_ERROR, DLM_ERROR_EMPTY,
                   _("--topics: no topic given; accepted: topic IDs separated by commas, from %s"),
                   accepted);
      return NULL;
    }
  parts = g_strsplit (text, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (!check_topic_id (g_strstrip (parts[i]), text, builder, seen, error))
      return NULL;
  return g_strv_builder_end (builder);
}

/* The option that makes this a lesson, for messages: --deck or --handout. */
static const char *
lesson_option (const DlmCliOptions *o)
{
  return o->deck != NULL ? "--deck" : "--handout";
}

/* An option the other exports take has no place in a lesson: refused
 * rather than ignored. */
static const char *
foreign_option (const DlmCliOptions *o)
{
  if (o->export_path != NULL) return "--export";
  if (o->topic != NULL) return "--topic";
  if (o->sets != NULL) return "--set";
  if (o->summary) return "--summary";
  if (o->quiz) return "--quiz";
  if (o->list_params) return "--list-params";
  if (o->scale != NULL) return "--scale";
  if (o->deck != NULL && o->paper != NULL) return "--paper";
  if (o->handout != NULL && o->theme != NULL) return "--theme";
  if (o->handout != NULL && o->size != NULL) return "--size";
  return NULL;
}

static gboolean
check_combination (const DlmCliOptions  *o,
                   GError              **error)
{
  const char *foreign;

  if (o->deck == NULL && o->handout == NULL)
    g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                 /* Translators: %s is --topics or --paper */
                 _("%s: applies to a lesson; add --deck FILE.pdf or --handout FILE.pdf"),
                 o->topics != NULL ? "--topics" : "--paper");
  else if (o->deck != NULL && o->handout != NULL)
    g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                 _("--deck and --handout: one lesson file at a time; accepted: --deck FILE.pdf "
                   "or --handout FILE.pdf"));
  else if ((foreign = foreign_option (o)) != NULL)
    g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                 /* Translators: the first %s is --deck or --handout, the second an option
                  * such as --export, the third the options accepted with the first */
                 _("%s: %s does not apply to a lesson; accepted with it: %s"),
                 lesson_option (o), foreign,
                 o->deck != NULL ? "--topics, --seed, --theme, --size"
                                 : "--topics, --seed, --paper");
  else
    return TRUE;
  return FALSE;
}

static gboolean
check_pdf_name (const DlmCliOptions  *o,
                const char           *path,
                GError              **error)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);
  g_autofree char *given = NULL;

  if (g_str_has_suffix (lower, ".pdf") && strlen (lower) > strlen (".pdf"))
    return TRUE;
  given = dlm_quote_path (path);
  g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
               /* Translators: the first %s is --deck or --handout */
               _("%s: “%s” is not a PDF file name; accepted: FILE.pdf"), lesson_option (o), given);
  return FALSE;
}

static gboolean
parse_deck_size (const char  *text,
                 int         *width,
                 int         *height,
                 GError     **error)
{
  g_auto(GStrv) parts = g_strsplit (text, "x", 2);
  guint64 w = 0, h = 0;
  g_autofree char *given = NULL;

  if (g_strv_length (parts) == 2 &&
      g_ascii_string_to_unsigned (parts[0], 10, DLM_DECK_MIN_SIDE, MAX_SIDE, &w, NULL) &&
      g_ascii_string_to_unsigned (parts[1], 10, DLM_DECK_MIN_SIDE, MAX_SIDE, &h, NULL))
    {
      *width = (int) w;
      *height = (int) h;
      return TRUE;
    }
  given = dlm_quote_input (text);
  g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
               _("--size: “%s” is not accepted with --deck; accepted: WIDTHxHEIGHT in pixels, "
                 "each %d to %d, e.g. 1920x1080 (16:9)"), given, DLM_DECK_MIN_SIDE, MAX_SIDE);
  return FALSE;
}

typedef struct {
  GStrv         topics;   /* NULL: all */
  guint32       seed;
  DlmThemeKind  theme;
  int           width;
  int           height;
  DlmPaper      paper;
} LessonOptions;

static void
lesson_options_clear (LessonOptions *l)
{
  g_clear_pointer (&l->topics, g_strfreev);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (LessonOptions, lesson_options_clear)

static gboolean
parse_look (const DlmCliOptions  *o,
            LessonOptions        *l,
            GError              **error)
{
  g_autofree char *given = NULL;

  if (o->size != NULL && !parse_deck_size (o->size, &l->width, &l->height, error))
    return FALSE;
  if (o->theme != NULL && !dlm_theme_kind_from_string (o->theme, &l->theme))
    {
      given = dlm_quote_input (o->theme);
      g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                   _("--theme: “%s” is not accepted; accepted: light, dark, projector"), given);
      return FALSE;
    }
  if (o->paper != NULL && !dlm_paper_from_string (o->paper, &l->paper))
    {
      given = dlm_quote_input (o->paper);
      g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                   _("--paper: “%s” is not accepted; accepted: a4, letter"), given);
      return FALSE;
    }
  return TRUE;
}

static gboolean
parse_lesson_options (const DlmCliOptions  *o,
                      LessonOptions        *l,
                      GError              **error)
{
  *l = (LessonOptions) { NULL, DLM_DEFAULT_SEED, DLM_THEME_LIGHT, DECK_WIDTH, DECK_HEIGHT,
                         DLM_PAPER_A4 };

  /* the file's name last: every other option is checked with any name */
  return check_combination (o, error) &&
         (o->topics == NULL || (l->topics = dlm_cli_parse_topics (o->topics, error)) != NULL) &&
         (o->seed == NULL || dlm_rng_parse_seed ("--seed", o->seed, &l->seed, error)) &&
         parse_look (o, l, error) &&
         check_pdf_name (o, o->deck != NULL ? o->deck : o->handout, error);
}

/* A refused target (a folder, a device, a link to nothing) is bad input,
 * 2; a file that could not be written, 1. */
static int
write_failure (const DlmCliOptions *o,
               GError             **error)
{
  int code = g_error_matches (*error, DLM_ERROR, DLM_ERROR_INVALID) ? DLM_CLI_BAD_INPUT
                                                                    : DLM_CLI_WRITE_ERROR;

  g_prefix_error (error, "%s: ", lesson_option (o));
  return fail (code, *error);
}

int
dlm_cli_run_lesson (const DlmCliOptions *o)
{
  g_auto(LessonOptions) l = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(DlmLesson) lesson = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *target = NULL;
  const char *path = o->deck != NULL ? o->deck : o->handout;

  g_return_val_if_fail (o != NULL, DLM_CLI_BAD_INPUT);

  if (!parse_lesson_options (o, &l, &error))
    return fail (DLM_CLI_BAD_INPUT, error);
  if ((target = dlm_export_resolve_target (path, &error)) == NULL)
    return write_failure (o, &error);

  dlm_text_prepare ();
  dlm_export_install_signal_cleanup ();
  lesson = dlm_lesson_new ((const char *const *) l.topics, l.seed);
  bytes = o->deck != NULL
          ? dlm_lesson_to_deck (lesson, l.theme, l.width, l.height, NULL, NULL, &error)
          : dlm_lesson_to_handout (lesson, l.paper, NULL, NULL, &error);
  if (bytes == NULL)
    return fail (DLM_CLI_WRITE_ERROR, error);
  if (!dlm_write_atomically (path, bytes, &error))
    return write_failure (o, &error);
  return DLM_CLI_OK;
}
