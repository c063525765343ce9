/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "dlm-application.h"
#include "dlm-cli.h"
#include "dlm-registry.h"

/* Options are parsed here, before GTK is touched, so that --export,
 * --summary and --list-* run on machines with no display at all. */
int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DlmApplication) app = NULL;
  g_autofree GOptionEntry *entries = NULL;
  DlmCliOptions options = { 0 };
  char *app_argv[] = { argv[0], NULL };
  int status;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  entries = dlm_cli_option_entries (&options);
  context = g_option_context_new (NULL);
  g_option_context_set_summary (context, _("DL Math Explorer: see the math under deep learning."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("dlmath: %s\n", error->message);
      dlm_cli_options_clear (&options);
      return DLM_CLI_BAD_INPUT;
    }

  if (dlm_cli_is_batch (&options))
    {
      status = dlm_cli_run (&options);
      dlm_cli_options_clear (&options);
      return status;
    }

  if (options.topic != NULL && dlm_registry_lookup (options.topic) == NULL)
    {
      g_printerr (_("dlmath: --topic: “%s” is not a topic; run dlmath --list-topics to see the topic IDs\n"),
                  options.topic);
      dlm_cli_options_clear (&options);
      return DLM_CLI_BAD_INPUT;
    }

  app = dlm_application_new (options.topic);
  dlm_cli_options_clear (&options);
  return g_application_run (G_APPLICATION (app), 1, app_argv);
}
