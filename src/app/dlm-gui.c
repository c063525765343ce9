/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-app"

#include "config.h"

#include <gmodule.h>

#include "dlm-application.h"
#include "dlm-gui.h"

int
dlm_gui_main (const char  *initial_topic,
              int          argc,
              char       **argv)
{
  g_autoptr(DlmApplication) app = dlm_application_new (initial_topic);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
