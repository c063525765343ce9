/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dlm-rng.h"
#include "dlm-topic.h"

G_BEGIN_DECLS

#define DLM_TYPE_RNG_CONVENTION (dlm_rng_convention_get_type ())
GType dlm_rng_convention_get_type (void);
#define DLM_TYPE_RNG_KIND (dlm_rng_kind_get_type ())
GType dlm_rng_kind_get_type (void);

#define DLM_TYPE_SEEDING_TOPIC (dlm_seeding_topic_get_type ())

G_DECLARE_FINAL_TYPE (DlmSeedingTopic, dlm_seeding_topic, DLM, SEEDING_TOPIC, DlmTopic)

#define DLM_SEEDING_MAX_COUNT 1000000

DlmTopic *dlm_seeding_topic_new         (void);
char     *dlm_seeding_topic_get_snippet (DlmSeedingTopic *self);

G_END_DECLS
