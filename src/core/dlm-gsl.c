/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-core"

#include "config.h"

#include <gsl/gsl_errno.h>

#include "dlm-gsl.h"

static void
log_gsl_error (const char *reason,
               const char *file,
               int         line,
               int         gsl_errno)
{
  g_debug ("GSL %s:%d: %s (%s)", file, line, reason, gsl_strerror (gsl_errno));
}

/* A constructor, so that no entry point (the app, the command line, each
 * test program, a fuzzer) can forget it. The core's meson.build makes every
 * program that links the core keep this file, which nothing else
 * references. */
__attribute__ ((constructor)) static void
install_handler (void)
{
  gsl_set_error_handler (log_gsl_error);
}

gboolean
dlm_gsl_handler_installed (void)
{
  gsl_error_handler_t *current = gsl_set_error_handler (log_gsl_error);

  return current == log_gsl_error;
}
