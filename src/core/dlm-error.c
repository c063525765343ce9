/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-core"

#include "config.h"

#include "dlm-error.h"

G_DEFINE_QUARK (dlm-error-quark, dlm_error)
