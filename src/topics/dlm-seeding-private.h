/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dlm-seeding-topic.h"

G_BEGIN_DECLS

/* The code card (dlm-seeding-code.c). */
void dlm_seeding_write_code      (DlmTopic *topic,
                                  GString  *out);
void dlm_seeding_write_plot_code (DlmTopic *topic,
                                  GString  *out);

G_END_DECLS
