/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gmodule.h>

G_BEGIN_DECLS

/* The window half of dlmath lives in a loadable module, so the command line
 * (export, summary, lists) never loads GTK: it starts faster and runs where
 * no GTK is installed. main.c loads the module and calls this. */
#define DLM_GUI_MAIN_SYMBOL "dlm_gui_main"

typedef int (*DlmGuiMainFunc) (const char *initial_topic,
                               int         argc,
                               char      **argv);

G_MODULE_EXPORT int dlm_gui_main (const char *initial_topic,
                                  int         argc,
                                  char      **argv);

G_END_DECLS
