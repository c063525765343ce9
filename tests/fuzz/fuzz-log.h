/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Makes every CRITICAL and WARNING, ours or a library's, abort with
 * SIGABRT after it is printed; call first, before anything logs. */
void fuzz_abort_on_warnings (void);

G_END_DECLS
