/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* GSL's own error handler aborts the process. Every program that links the
 * core (the app, the command line, the tests) installs instead, before
 * main(), a handler that only logs with g_debug(): each caller checks the
 * status a GSL routine returns and turns a degenerate case into a figure or
 * an error naming the field. */
gboolean dlm_gsl_handler_installed (void);

G_END_DECLS
