/**
 * Items shown as "often looked up" before a household has its own history: everyday things that
 * people commonly put in the wrong bin. Ids are checked against the knowledge base by a test.
 */
export const POPULAR_ITEM_IDS: readonly string[] = [
  'battery',
  'large-bone',
  'greasy-takeaway-box',
  'used-tissue',
  'milk-tea-cup',
  'expired-medicine',
  'pet-water-bottle',
  'tea-leaves',
  'durian-husk',
  'cardboard-box',
]
