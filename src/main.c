/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include <gmodule.h>

#include "dlm-cli.h"
#include "dlm-error.h"
#include "dlm-gui.h"
#include "dlm-topic-registry.h"

/* An uninstalled build (_build/src/dlmath) uses the GUI module and the
 * translations it built; an installed one those installed beside it. */
static gboolean
running_uninstalled (void)
{
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);

  return self != NULL && g_str_has_prefix (self, BUILD_ROOT "/");
}

static char *
gui_module_path (void)
{
  return g_module_build_path (running_uninstalled () ? BUILD_GUI_MODULE_DIR : GUI_MODULE_DIR,
                              "dlmath-gui");
}

static int
run_gui (const char *initial_topic,
         char       *argv0)
{
  g_autofree char *path = gui_module_path ();
  char *argv[] = { argv0, NULL };
  DlmGuiMainFunc gui_main = NULL;
  GModule *module;

  /* the module stays loaded until exit: its types cannot be unregistered */
  module = g_module_open (path, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);
  if (module == NULL || !g_module_symbol (module, DLM_GUI_MAIN_SYMBOL, (gpointer *) &gui_main))
    {
      g_printerr (_("dlmath: the window cannot be opened: %s\n"), g_module_error ());
      return 1;
    }
  return gui_main (initial_topic, 1, argv);
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

/* Options are parsed here, before GTK is touched, so that --export,
 * --summary and --list-* run on machines with no display at all. */
int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree GOptionEntry *entries = NULL;
  DlmCliOptions options = { 0 };
  int status;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, running_uninstalled () ? BUILD_LOCALE_DIR : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  entries = dlm_cli_option_entries (&options);
  context = g_option_context_new (NULL);
  g_option_context_set_summary (context, _("DL Math Explorer: see the math under deep learning."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_help_enabled (context, FALSE);
  g_option_context_set_ignore_unknown_options (context, TRUE);
  if (!g_option_context_parse (context, &argc, &argv, &error) || !check_leftovers (argc, argv))
    {
      if (error != NULL)
        g_printerr ("dlmath: %s\n", error->message);
      dlm_cli_options_clear (&options);
      return DLM_CLI_BAD_INPUT;
    }

  if (options.help)
    status = print_help (context);
  else if (dlm_cli_is_batch (&options))
    status = dlm_cli_run (&options);
  else if (options.topic != NULL && dlm_topic_registry_lookup (options.topic) == G_TYPE_INVALID)
    {
      dlm_cli_set_unknown_topic_error (options.topic, &error);
      g_printerr ("dlmath: %s\n", error->message);
      status = DLM_CLI_BAD_INPUT;
    }
  else if (!have_display ())
    {
      g_printerr (_("dlmath: there is no display to open the window on; --export, --summary "
                    "and --list-topics work without one\n"));
      status = DLM_CLI_WRITE_ERROR;
    }
  else
    status = run_gui (options.topic, argv[0]);
  dlm_cli_options_clear (&options);
  return status;
}
