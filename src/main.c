/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include <gmodule.h>

#include "dlm-cli.h"
#include "dlm-gui.h"

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

/* Options are parsed here, before GTK is touched, so that --export,
 * --summary and --list-* run on machines with no display at all. */
int
main (int   argc,
      char *argv[])
{
  DlmCliOptions options = { 0 };
  int status;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, running_uninstalled () ? BUILD_LOCALE_DIR : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (!dlm_cli_handle (&argc, &argv, &options, &status))
    status = run_gui (options.topic, argv[0]);
  dlm_cli_options_clear (&options);
  return status;
}
