/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-cli"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "dlm-cli.h"
#include "dlm-cli-animation.h"
#include "dlm-cli-lesson.h"
#include "dlm-error.h"
#include "dlm-export.h"
#include "dlm-format.h"
#include "dlm-parse.h"
#include "dlm-lorenz.h"
#include "dlm-plot.h"
#include "dlm-quiz.h"
#include "dlm-quiz-sheet.h"
#include "dlm-rng.h"
#include "dlm-topic-data.h"
#include "dlm-topic-registry.h"
#include "dlm-theme.h"

#define DEFAULT_WIDTH  1280
#define DEFAULT_HEIGHT 720
#define MAX_SIDE       8192

/* The command line draws with the same topic models as the window, with no
 * display: nothing here touches GTK. Option values are taken as bytes
 * (G_OPTION_ARG_FILENAME): GLib would refuse a value in another encoding
 * with a message that names no option, where each option's own check
 * names it and quotes the value. */

GOptionEntry *
dlm_cli_option_entries (DlmCliOptions *o)
{
  GOptionEntry entries[] = {
    { "topic", 't', 0, G_OPTION_ARG_FILENAME, &o->topic, N_("Open or export this topic"), N_("ID") },
    { "list-topics", 0, 0, G_OPTION_ARG_NONE, &o->list_topics, N_("List the topics: ID and title"), NULL },
    { "list-params", 0, 0, G_OPTION_ARG_NONE, &o->list_params, N_("List the topic’s parameters"), NULL },
    { "set", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &o->sets, N_("Set a parameter (repeatable); KEY=@FILE reads a list, matrix or label field from a CSV, TSV, .npy or text file (FILE#col=NAME or #col=INDEX, from 0, picks a column; @- reads standard input; @@ starts a value with @)"), N_("KEY=VALUE") },
    { "seed", 0, 0, G_OPTION_ARG_FILENAME, &o->seed, N_("Global random seed, 0 to 4294967295"), N_("N") },
    { "size", 0, 0, G_OPTION_ARG_FILENAME, &o->size, N_("Figure size in pixels (default 1280x720)"), N_("WxH") },
    { "theme", 0, 0, G_OPTION_ARG_FILENAME, &o->theme, N_("light, dark or projector"), N_("THEME") },
    { "scale", 0, 0, G_OPTION_ARG_FILENAME, &o->scale, N_("Multiply type and line sizes (0.25 to 8)"), N_("F") },
    { "export", 0, 0, G_OPTION_ARG_FILENAME, &o->export_path, N_("Write the figure (.png .svg .pdf), its animation (.gif .webm: see --fps), its data (.csv) or the code behind it (.py script, .ipynb Jupyter notebook); - for CSV on standard output. A symbolic link is followed: the file it points to is replaced, the link kept"), N_("FILE") },
    { "summary", 0, 0, G_OPTION_ARG_NONE, &o->summary, N_("Print the headline numbers as key=value lines"), NULL },
    { "version", 0, 0, G_OPTION_ARG_NONE, &o->version, N_("Print the version and exit"), NULL },
    { "help", 'h', 0, G_OPTION_ARG_NONE, &o->help, N_("Show the options and exit"), NULL },
    { "quiz", 0, 0, G_OPTION_ARG_NONE, &o->quiz, N_("Print the topic’s quiz for a class to --export FILE.pdf or FILE.txt (- for text), the answer key last; --seed picks the questions"), NULL },
    DLM_CLI_LESSON_OPTION_ENTRIES (o),
    DLM_CLI_ANIMATION_OPTION_ENTRIES (o),
    { NULL }
  };

  return g_memdup2 (entries, sizeof entries);
}

gboolean
dlm_cli_is_batch (const DlmCliOptions *o)
{
  return o->help || o->version ||
         o->list_topics || o->list_params || o->summary || o->quiz || o->export_path != NULL ||
         o->sets != NULL || o->seed != NULL || o->size != NULL || o->theme != NULL ||
         o->scale != NULL || dlm_cli_is_lesson (o) || dlm_cli_has_animation_options (o);
}

void
dlm_cli_options_clear (DlmCliOptions *o)
{
  g_clear_pointer (&o->topic, g_free);
  g_clear_pointer (&o->sets, g_strfreev);
  g_clear_pointer (&o->seed, g_free);
  g_clear_pointer (&o->size, g_free);
  g_clear_pointer (&o->theme, g_free);
  g_clear_pointer (&o->scale, g_free);
  g_clear_pointer (&o->export_path, g_free);
  dlm_cli_lesson_options_clear (o);
  dlm_cli_animation_options_clear (o);
}

static int
fail (int         code,
      const char *message)
{
  g_printerr ("dlmath: %s\n", message);
  return code;
}

/* Every byte the command line prints goes through here and is flushed at
 * once, so that a full disk or a closed pipe is seen, with its errno,
 * instead of an exit status of 0 over a lost output. */
static int
write_stdout (const char *data,
              gsize       size)
{
  int saved;

  if ((size == 0 || fwrite (data, 1, size, stdout) == size) && fflush (stdout) == 0)
    return DLM_CLI_OK;
  saved = errno;
  /* Translators: %s says why, e.g. “No space left on device” */
  g_printerr (_("dlmath: writing to standard output: %s\n"), g_strerror (saved));
  return DLM_CLI_WRITE_ERROR;
}

static int
write_stdout_string (const char *text)
{
  return write_stdout (text, strlen (text));
}

int
dlm_cli_print (const char *text)
{
  g_return_val_if_fail (text != NULL, DLM_CLI_WRITE_ERROR);

  return write_stdout_string (text);
}

static int
list_topics (void)
{
  g_autoptr(GString) out = g_string_new (NULL);
  guint n;
  const DlmTopicTypeFunc *topics = dlm_topic_registry_get (&n);

  for (guint i = 0; i < n; i++)
    {
      DlmTopicClass *klass = g_type_class_ref (topics[i] ());
      g_string_append_printf (out, "%s\t%s\n", klass->id, _(klass->title));
      g_type_class_unref (klass);
    }
  return write_stdout (out->str, out->len);
}

static int
list_params (DlmTopic *topic)
{
  g_autoptr(GPtrArray) params = dlm_topic_list_params (topic);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < params->len; i++)
    {
      DlmParamInfo *p = g_ptr_array_index (params, i);
      g_string_append_printf (out, "%s\t%s\t%s\t%s\n", p->name, p->type, p->default_value, p->accepted);
    }
  return write_stdout (out->str, out->len);
}

static gboolean
parse_size (const char *text,
            int        *width,
            int        *height,
            GError    **error)
{
  g_auto(GStrv) parts = g_strsplit (text, "x", 2);
  guint64 w = 0, h = 0;

  if (g_strv_length (parts) != 2 ||
      !g_ascii_string_to_unsigned (parts[0], 10, 1, MAX_SIDE, &w, NULL) ||
      !g_ascii_string_to_unsigned (parts[1], 10, 1, MAX_SIDE, &h, NULL))
    {
      g_autofree char *given = dlm_quote_input (text);

      g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                   _("--size: “%s” is not accepted; accepted: WIDTHxHEIGHT in pixels, "
                     "each 1 to %d, e.g. 1920x1080"), given, MAX_SIDE);
      return FALSE;
    }
  *width = (int) w;
  *height = (int) h;
  return TRUE;
}

static gboolean
parse_scale (const char *text,
             double     *scale,
             GError    **error)
{
  return dlm_parse_double_in ("--scale", text, 0.25, 8, _("a number from 0.25 to 8"), scale, error);
}

/* How a figure is to be drawn. Parsed before anything else, so a bad
 * --size, --theme or --scale is refused whatever else was asked. */
typedef struct {
  int           width;
  int           height;
  DlmThemeKind  kind;
  double        scale;
  DlmFormat     format;
} FigureOptions;

/* A target that cannot be written (a device, a folder, a link to nothing)
 * is refused before a figure is rendered for it. */
static gboolean
check_export_target (const char  *path,
                     GError     **error)
{
  g_autofree char *target = dlm_export_resolve_target (path, error);

  return target != NULL;
}

/* The export code's messages quote the file but name no option (the
 * window shows them too); here they name the one the user gave. */
static gboolean
export_failed (GError **error)
{
  g_prefix_error (error, "--export: ");
  return FALSE;
}

/* A refused target is bad input (2); a failed write is 1. */
static int
write_failure_code (const GError *error)
{
  return g_error_matches (error, DLM_ERROR, DLM_ERROR_INVALID) ? DLM_CLI_BAD_INPUT
                                                                : DLM_CLI_WRITE_ERROR;
}

static gboolean
parse_figure_options (const DlmCliOptions  *o,
                      FigureOptions        *f,
                      GError              **error)
{
  *f = (FigureOptions) { DEFAULT_WIDTH, DEFAULT_HEIGHT, DLM_THEME_LIGHT, 1, DLM_FORMAT_CSV };

  if ((o->size != NULL && !parse_size (o->size, &f->width, &f->height, error)) ||
      (o->scale != NULL && !parse_scale (o->scale, &f->scale, error)))
    return FALSE;
  if (o->theme != NULL && !dlm_theme_kind_from_string (o->theme, &f->kind))
    {
      g_autofree char *given = dlm_quote_input (o->theme);

      g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                   _("--theme: “%s” is not accepted; accepted: light, dark, projector"), given);
      return FALSE;
    }
  if (o->export_path != NULL && g_strcmp0 (o->export_path, "-") != 0 && !dlm_cli_is_animation (o) &&
      (!dlm_format_from_path (o->export_path, &f->format, error) ||
       !check_export_target (o->export_path, error)))
    return export_failed (error);
  return TRUE;
}

static int
export (DlmTopic            *topic,
        const DlmCliOptions *o,
        const FigureOptions *f,
        GError             **error)
{
  g_autoptr(GBytes) bytes = NULL;
  DlmTopicFigure figure = { topic };

  if (dlm_cli_is_animation (o))
    return dlm_cli_export_animation (topic, o, f->width, f->height, f->kind, f->scale, error);
  if (g_strcmp0 (o->export_path, "-") == 0)
    {
      g_autofree char *csv = dlm_topic_to_csv (topic);
      return write_stdout_string (csv);
    }

  if (DLM_FORMAT_IS_TEXT (f->format))
    {
      bytes = dlm_topic_export_text (topic, f->format, error);
      if (bytes == NULL)
        {
          export_failed (error);
          return DLM_CLI_BAD_INPUT;
        }
    }
  else
    {
      dlm_theme_init (&figure.theme, f->kind, f->scale * dlm_theme_auto_scale (f->width, f->height));
      bytes = dlm_export_to_bytes (f->format, f->width, f->height, dlm_topic_figure_draw, &figure, error);
    }
  if (bytes == NULL)
    return DLM_CLI_WRITE_ERROR;
  if (!dlm_write_atomically (o->export_path, bytes, error))
    {
      export_failed (error);
      return write_failure_code (*error);
    }
  return DLM_CLI_OK;
}

void
dlm_cli_set_unknown_topic_error (const char  *id,
                                 GError     **error)
{
  g_autofree char *given = dlm_quote_input (id);

  g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
               _("--topic: “%s” is not a topic; run dlmath --list-topics to see the topic IDs"),
               given);
}

static DlmTopic *
new_topic (const char  *id,
           GError     **error)
{
  DlmTopic *topic = dlm_topic_registry_new (id);

  if (topic == NULL)
    dlm_cli_set_unknown_topic_error (id, error);
  return topic;
}

/* --set values arrive as bytes (G_OPTION_ARG_FILENAME_ARRAY): UTF-8 text
 * then works in any locale, the C locale too, where GLib would refuse
 * every byte above 127. Other text is converted from the locale's
 * encoding, or refused naming its key. */
/* "KEY=@PATH": a file name is bytes, whatever the encoding; it is opened
 * as it is (and quoted in messages as valid UTF-8), only the key must be
 * text. */
static gboolean
names_file (const char *assignment)
{
  const char *eq = strchr (assignment, '=');

  return eq != NULL && eq[1] == '@' && eq[2] != '@' &&
         g_utf8_validate (assignment, eq - assignment, NULL);
}

static GStrv
sets_to_utf8 (char   **sets,
              GError **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; sets != NULL && sets[i] != NULL; i++)
    {
      g_autofree char *text = g_utf8_validate (sets[i], -1, NULL) || names_file (sets[i])
                              ? g_strdup (sets[i])
                              : g_locale_to_utf8 (sets[i], -1, NULL, NULL, NULL);

      if (text == NULL)
        {
          /* the key when there is one, else the option */
          gsize key_len = strcspn (sets[i], "=");
          gboolean has_key = sets[i][key_len] == '=';
          g_autofree char *key = has_key ? dlm_quote_input_len (sets[i], key_len) : g_strdup ("--set");
          const char *value = has_key ? sets[i] + key_len + 1 : sets[i];
          g_autofree char *given = dlm_quote_input (value);

          g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                       /* Translators: the first %s is a parameter's key */
                       _("%s: “%s” is not text in UTF-8 or in the locale’s encoding; accepted: "
                         "text in either"), key, given);
          return NULL;
        }
      g_strv_builder_add (builder, text);
    }
  return g_strv_builder_end (builder);
}

static DlmTopic *
make_topic (const DlmCliOptions *o,
            GError             **error)
{
  g_autoptr(DlmTopic) topic = NULL;
  g_auto(GStrv) sets = NULL;
  guint32 seed = 0;

  if (o->topic == NULL)
    {
      g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                   _("--topic is needed here; run dlmath --list-topics to see the topic IDs"));
      return NULL;
    }
  if ((topic = new_topic (o->topic, error)) == NULL)
    return NULL;
  if (o->seed != NULL)
    {
      if (!dlm_rng_parse_seed ("--seed", o->seed, &seed, error))
        return NULL;
      dlm_topic_set_seed (topic, seed);
    }
  if ((sets = sets_to_utf8 (o->sets, error)) == NULL ||
      !dlm_topic_apply_data (topic, (const char *const *) sets, error))
    return NULL;
  return g_steal_pointer (&topic);
}

/* The keys among @keys that the user set, for a message that names what
 * can be changed; "view" when none of them was set. */
static char *
keys_set (const DlmCliOptions *o,
          const char *const   *keys)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; o->sets != NULL && o->sets[i] != NULL; i++)
    for (guint k = 0; keys[k] != NULL; k++)
      if (g_str_has_prefix (o->sets[i], keys[k]) && o->sets[i][strlen (keys[k])] == '=' &&
          strstr (out->str, keys[k]) == NULL)
        g_string_append_printf (out, "%s%s", out->len > 0 ? ", " : "", keys[k]);
  return out->len > 0 ? g_string_free (g_steal_pointer (&out), FALSE) : g_strdup ("view");
}

/* A time as the Lorenz figure's notes write it: "0.010", "12.1", "200". */
static char *
format_time (double t)
{
  return dlm_format_short (t, fabs (t) >= 100 ? 1 : fabs (t) >= 1 ? 2 : 3);
}

/* A Lorenz run whose solver used all its steps before t-end (its
 * summary's step_limit_t, how far it got) is refused naming the fields
 * the user set (@keys), t-end as the app holds it (not the text typed),
 * and the limit. */
static gboolean
check_step_limit (DlmTopic    *topic,
                  const char  *summary,
                  const char  *keys,
                  GError     **error)
{
  const char *at = g_str_has_prefix (summary, "step_limit_t=") ? summary : strstr (summary, "\nstep_limit_t=");
  g_autofree char *t_end = NULL;
  char reached[G_ASCII_DTOSTR_BUF_SIZE];

  if (at == NULL)
    return TRUE;
  t_end = dlm_topic_get_param_text (topic, "t-end");
  g_ascii_formatd (reached, sizeof reached, "%.6g", g_ascii_strtod (strchr (at, '=') + 1, NULL));
  g_set_error (error, DLM_ERROR, DLM_ERROR_TOO_LARGE,
               _("%s: with these sigma, rho and beta the solver needs more than %d steps to reach "
                 "t-end = %s; accepted: t-end up to %s with them, or other coefficients"),
               keys, DLM_LORENZ_MAX_STEPS, t_end, reached);
  return FALSE;
}

/* A Lorenz run that runs off to infinity has no paths and no numbers but
 * the time it blew up (its summary's blow_up_t): the window says so on the
 * figure; the command line refuses in the same words, rather than print
 * nothing and exit 0. */
static gboolean
check_result (DlmTopic             *topic,
              const DlmCliOptions  *o,
              GError              **error)
{
  static const char *const lorenz_keys[] = { "sigma", "rho", "beta", "start", "t-end", NULL };
  g_autofree char *summary = dlm_topic_to_summary (topic);
  const char *at = g_str_has_prefix (summary, "blow_up_t=") ? summary : strstr (summary, "\nblow_up_t=");
  g_autofree char *keys = keys_set (o, lorenz_keys), *when = NULL, *note = NULL;
  double t;

  if (at == NULL)
    return check_step_limit (topic, summary, keys, error);
  t = g_ascii_strtod (strchr (at, '=') + 1, NULL);
  when = format_time (t);
  note = g_strdup_printf (_("The solution runs off to infinity near t = %s, so there are no paths to draw: "
                            "try other coefficients or a smaller t-end."), when);
  g_set_error (error, DLM_ERROR, DLM_ERROR_RANGE, "%s: %s", keys, note);
  return FALSE;
}

/* As dlm_format_from_path() does, whatever the case of the extension. */
static gboolean
has_extension (const char *path,
               const char *extension)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  return g_str_has_suffix (lower, extension);
}

/* --quiz: the options that shape a figure or pick its numbers have no
 * place on a quiz sheet; refused rather than ignored. */
static gboolean
check_quiz_options (const DlmCliOptions  *o,
                    GError              **error)
{
  const char *unused = o->sets != NULL ? "--set" : o->size != NULL ? "--size" :
                       o->theme != NULL ? "--theme" : o->scale != NULL ? "--scale" :
                       o->summary ? "--summary" : o->list_params ? "--list-params" : NULL;

  if (unused != NULL)
    g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                 /* Translators: %s is an option such as --size */
                 _("--quiz: %s does not apply to a quiz; accepted with --quiz: --topic, --seed "
                   "and --export"), unused);
  else if (o->export_path == NULL)
    g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                 _("--quiz: add --export FILE.pdf (printable, with an answer key), "
                   "--export FILE.txt or --export - (text on standard output)"));
  else if (g_strcmp0 (o->export_path, "-") != 0 && !has_extension (o->export_path, ".pdf") &&
           !has_extension (o->export_path, ".txt"))
    {
      g_autofree char *given = dlm_quote_path (o->export_path);

      g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                   _("--export: “%s” is not accepted with --quiz; accepted: FILE.pdf, FILE.txt, "
                     "or - for text on standard output"), given);
    }
  else
    return TRUE;
  return FALSE;
}

/* The topic's quiz: its id and translated title, or an error naming the
 * topics that have one. */
static DlmTopic *
make_quiz_topic (const DlmCliOptions  *o,
                 guint32              *seed,
                 GError              **error)
{
  g_autoptr(DlmTopic) topic = NULL;

  *seed = DLM_DEFAULT_SEED;
  if (o->topic == NULL)
    {
      g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                   _("--quiz needs --topic ID; run dlmath --list-topics to see the topic IDs"));
      return NULL;
    }
  if ((topic = new_topic (o->topic, error)) == NULL)
    return NULL;
  if (!dlm_quiz_has_topic (o->topic))
    {
      /* a known topic's ID, short: quoted as it is */
      g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                   _("--topic: “%s” has no quiz; run dlmath --list-topics to see the topic IDs"),
                   o->topic);
      return NULL;
    }
  if (o->seed != NULL && !dlm_rng_parse_seed ("--seed", o->seed, seed, error))
    return NULL;
  return g_steal_pointer (&topic);
}

static int
run_quiz (const DlmCliOptions *o)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DlmTopic) topic = NULL;
  g_autoptr(DlmQuizSheet) sheet = NULL;
  g_autoptr(GBytes) bytes = NULL;
  guint32 seed;

  if ((topic = make_quiz_topic (o, &seed, &error)) == NULL || !check_quiz_options (o, &error))
    return fail (DLM_CLI_BAD_INPUT, error->message);

  sheet = dlm_quiz_sheet_new (dlm_topic_get_id (topic), dlm_topic_get_title (topic), seed);
  if (has_extension (o->export_path, ".pdf"))
    bytes = dlm_quiz_sheet_to_pdf (sheet, &error);
  else
    {
      char *text = dlm_quiz_sheet_to_text (sheet);
      bytes = g_bytes_new_take (text, strlen (text));
    }

  if (bytes != NULL && g_strcmp0 (o->export_path, "-") == 0)
    return write_stdout (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  if (bytes == NULL || !dlm_write_atomically (o->export_path, bytes, &error))
    {
      export_failed (&error);
      return fail (write_failure_code (error), error->message);
    }
  return DLM_CLI_OK;
}

int
dlm_cli_run (const DlmCliOptions *o)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DlmTopic) topic = NULL;
  FigureOptions figure;
  int code;

  if (o->export_path != NULL)
    {
      dlm_text_prepare ();
      dlm_export_install_signal_cleanup ();
    }

  if (o->version)
    return write_stdout_string ("dlmath " PACKAGE_VERSION "\n");
  if (o->list_topics)
    return list_topics ();
  if (!dlm_cli_check_animation_options (o, &error))
    return fail (DLM_CLI_BAD_INPUT, error->message);
  if (dlm_cli_is_lesson (o))
    return dlm_cli_run_lesson (o);
  if (o->quiz)
    return run_quiz (o);

  topic = make_topic (o, &error);
  if (topic == NULL || !parse_figure_options (o, &figure, &error))
    return fail (DLM_CLI_BAD_INPUT, error->message);

  if (o->list_params)
    return list_params (topic);
  if (o->export_path == NULL && !o->summary)
    return fail (DLM_CLI_BAD_INPUT,
                 _("nothing to do: add --export FILE or --summary (or leave out --set, --seed, "
                   "--size, --theme and --scale to open the app)"));

  if (!check_result (topic, o, &error))
    return fail (DLM_CLI_BAD_INPUT, error->message);

  if (o->export_path != NULL && (code = export (topic, o, &figure, &error)) != DLM_CLI_OK)
    return error != NULL ? fail (code, error->message) : code;

  if (o->summary)
    {
      g_autofree char *summary = dlm_topic_to_summary (topic);
      return write_stdout_string (summary);
    }
  return DLM_CLI_OK;
}

/* GLib's own --help would print and exit 0 even when the text was lost
 * (a full disk, a closed pipe): the help is printed here instead, checked. */
static int
print_help (GOptionContext *context)
{
  g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

  return dlm_cli_print (help);
}

/* Arguments that are no option (a typo such as --topc, a stray word) are
 * refused rather than ignored; the first one is named, quoted. */
static gboolean
check_leftovers (int    argc,
                 char **argv)
{
  g_autofree char *given = NULL;

  if (argc <= 1)
    return TRUE;
  given = dlm_quote_path (argv[1]);
  g_printerr (_("dlmath: “%s” is not an option; accepted: the options dlmath --help lists\n"),
              given);
  return FALSE;
}

/* With no display GTK could only warn and fail: say what works instead. */
static gboolean
have_display (void)
{
  return g_getenv ("GDK_BACKEND") != NULL || g_getenv ("DISPLAY") != NULL ||
         g_getenv ("WAYLAND_DISPLAY") != NULL;
}

/* Parses the command line, before GTK is touched, and runs what needs no
 * window: --help, --version, the lists, --summary, --export, and every
 * refusal, so that they work on machines with no display at all. Returns
 * TRUE with the exit status in *status when that was all; FALSE when the
 * window is to open, on options->topic if one was given. */
gboolean
dlm_cli_handle (int            *argc,
                char         ***argv,
                DlmCliOptions  *options,
                int            *status)
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree GOptionEntry *entries = dlm_cli_option_entries (options);

  g_option_context_set_summary (context, _("DL Math Explorer: see the math under deep learning."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_help_enabled (context, FALSE);
  g_option_context_set_ignore_unknown_options (context, TRUE);
  if (!g_option_context_parse (context, argc, argv, &error) || !check_leftovers (*argc, *argv))
    {
      if (error != NULL)
        g_printerr ("dlmath: %s\n", error->message);
      *status = DLM_CLI_BAD_INPUT;
    }
  else if (options->help)
    *status = print_help (context);
  else if (dlm_cli_is_batch (options))
    *status = dlm_cli_run (options);
  else if (options->topic != NULL && dlm_topic_registry_lookup (options->topic) == G_TYPE_INVALID)
    {
      dlm_cli_set_unknown_topic_error (options->topic, &error);
      *status = fail (DLM_CLI_BAD_INPUT, error->message);
    }
  else if (!have_display ())
    *status = fail (DLM_CLI_WRITE_ERROR,
                    _("there is no display to open the window on; --export, --summary "
                      "and --list-topics work without one"));
  else
    return FALSE;
  return TRUE;
}
