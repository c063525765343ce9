/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-fuzz"

#include "config.h"

#include <stdlib.h>

#include "fuzz-log.h"

/* GLib makes a fatal message stop the process with SIGTRAP (a breakpoint,
 * for a debugger), which libFuzzer does not catch: the process would end
 * with no input saved. abort() raises SIGABRT, which it does catch. */
static GLogWriterOutput
write_and_abort (GLogLevelFlags   log_level,
                 const GLogField *fields,
                 gsize            n_fields,
                 gpointer         user_data)
{
  GLogWriterOutput output = g_log_writer_default (log_level, fields, n_fields, user_data);

  if (log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    abort ();
  return output;
}

void
fuzz_abort_on_warnings (void)
{
  g_log_set_writer_func (write_and_abort, NULL, NULL);
}
