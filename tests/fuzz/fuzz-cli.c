/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-fuzz"

#include "config.h"

#include <fcntl.h>
#include <locale.h>
#include <string.h>
#include <unistd.h>

#include "dlm-cli.h"
#include "fuzz-log.h"

/* libFuzzer target for the command line: dlm_cli_handle(), which main()
 * calls, with everything it does short of opening the window: the
 * options, --help, --version, --summary, CSV on standard output, --list-*
 * and --quiz, and every refusal.
 *
 * Input: byte 0 picks the locale (even: C.UTF-8, odd: C, where GLib takes
 * only ASCII as text); the rest, split on '\n', is the arguments after
 * "dlmath". No file is written: the value of --export becomes -, so a
 * figure's options (--size, --theme, --scale) are still parsed, and what
 * would go to standard output goes to /dev/null; so do the values of
 * --deck and --handout, which refuse "-" after checking the lesson's
 * other options. There is no display, so
 * what would open the window ends with exit 1 and says so.
 *
 * The run must end with 0, 2, or 1 for the window; with 1 or 2 and only
 * then, one message on standard error, "dlmath: " and valid UTF-8 of at
 * most MAX_MESSAGE_CHARS characters; never a CRITICAL or WARNING (made
 * fatal here, as in the tests). */

#define MAX_ARGS 16
/* A message quotes at most 60 characters of what was given (dlm_quote_input)
 * beside the option's name and what it accepts. */
#define MAX_MESSAGE_CHARS 400

static GString *printed_errors;

int LLVMFuzzerInitialize   (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static void
collect_printerr (const char *text)
{
  g_string_append (printed_errors, text);
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  int null_fd = open ("/dev/null", O_WRONLY);

  g_assert_cmpint (null_fd, >=, 0);
  g_assert_cmpint (dup2 (null_fd, STDOUT_FILENO), ==, STDOUT_FILENO);
  close (null_fd);
  /* --set KEY=@- reads standard input: an empty one */
  null_fd = open ("/dev/null", O_RDONLY);
  g_assert_cmpint (dup2 (null_fd, STDIN_FILENO), ==, STDIN_FILENO);
  close (null_fd);
  fuzz_abort_on_warnings ();
  g_unsetenv ("DISPLAY");
  g_unsetenv ("WAYLAND_DISPLAY");
  g_unsetenv ("GDK_BACKEND");
  printed_errors = g_string_new (NULL);
  g_set_printerr_handler (collect_printerr);
  return 0;
}

/* "dlmath" and the input's lines, at most MAX_ARGS of them, with the
 * value of --export, --deck and --handout (or --export= …) made -. */
static GStrv
read_arguments (const guint8 *data,
                size_t        size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_auto(GStrv) lines = g_strsplit (text, "\n", MAX_ARGS + 1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  gboolean value_next = FALSE;

  g_strv_builder_add (builder, "dlmath");
  for (guint i = 0; lines[i] != NULL && i < MAX_ARGS; i++)
    {
      if (value_next)
        g_strv_builder_add (builder, "-");
      else if (g_str_has_prefix (lines[i], "--export="))
        g_strv_builder_add (builder, "--export=-");
      else if (g_str_has_prefix (lines[i], "--deck=") || g_str_has_prefix (lines[i], "--handout="))
        g_strv_builder_add (builder, lines[i][2] == 'd' ? "--deck=-" : "--handout=-");
      else
        g_strv_builder_add (builder, lines[i]);
      value_next = (strcmp (lines[i], "--export") == 0 || strcmp (lines[i], "--deck") == 0 ||
                    strcmp (lines[i], "--handout") == 0) && !value_next;
    }
  return g_strv_builder_end (builder);
}

/* The command line's own messages: one line, short, valid UTF-8. GLib's
 * (an unknown option) are its own and only checked for being there. */
static void
check_message (int code)
{
  const char *text = printed_errors->str;

  if (code == DLM_CLI_OK)
    {
      g_assert_cmpuint (printed_errors->len, ==, 0);
      return;
    }
  g_assert_true (code == DLM_CLI_BAD_INPUT ||
                 (code == DLM_CLI_WRITE_ERROR && strstr (text, "no display") != NULL));
  g_assert_true (g_str_has_prefix (text, "dlmath: "));
  g_assert_true (g_str_has_suffix (text, "\n"));
  g_assert_true (g_utf8_validate (text, -1, NULL));
  g_assert_cmpuint (g_utf8_strlen (text, -1), <=, MAX_MESSAGE_CHARS);
  g_assert_true (strchr (text, '\n') == text + printed_errors->len - 1);
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_auto(GStrv) args = NULL;
  g_autofree char **argv = NULL;
  DlmCliOptions options = { 0 };
  int argc, status;

  if (size < 1)
    return 0;
  setlocale (LC_ALL, data[0] % 2 == 0 ? "C.UTF-8" : "C");
  args = read_arguments (data + 1, size - 1);
  /* g_option_context_parse() takes arguments out of argv, not frees them */
  argc = g_strv_length (args);
  argv = g_memdup2 (args, sizeof (char *) * (argc + 1));

  g_string_truncate (printed_errors, 0);
  if (dlm_cli_handle (&argc, &argv, &options, &status))
    check_message (status);
  dlm_cli_options_clear (&options);
  return 0;
}
