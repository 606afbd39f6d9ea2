/** Cronbach's alpha of a scale and what each item contributes, as R psych's `alpha()` reports them. */
export interface AlphaResult {
  /** psych `raw_alpha`; null when the total has no variance. */
  alpha: number | null;
  items: {
    /** psych `alpha.drop[, "raw_alpha"]`: alpha of the other k − 1 items. */
    alphaIfDropped: number | null;
    /** psych `r.drop`: correlation of the item with the sum of the other items. */
    itemRest: number | null;
  }[];
}

/**
 * From the items' sample covariance matrix S (k×k):
 *   alpha = k/(k−1) · (1 − Σ S_ii / Σ S_ij)
 *   alpha-if-dropped(i) = alpha of S without row and column i
 *   r.drop(i) = (Σ_j S_ij − S_ii) / √(S_ii · Σ S without row and column i)
 * (psych computes all three from the covariance matrix this way.)
 */
export function cronbachAlpha(covariance: readonly (readonly number[])[]): AlphaResult {
  const k = covariance.length;
  return {
    alpha: alphaOf(covariance, allIndices(k)),
    items: allIndices(k).map((i) => {
      const rest = allIndices(k).filter((j) => j !== i);
      const itemVariance = at(covariance, i, i);
      const restVariance = sumOver(covariance, rest, rest);
      const itemRestCovariance = sumOver(covariance, [i], rest);
      return {
        alphaIfDropped: alphaOf(covariance, rest),
        itemRest: finiteOrNull(itemRestCovariance / Math.sqrt(itemVariance * restVariance)),
      };
    }),
  };
}

function alphaOf(covariance: readonly (readonly number[])[], indices: number[]): number | null {
  const k = indices.length;
  if (k < 2) return null;
  const trace = indices.reduce((sum, i) => sum + at(covariance, i, i), 0);
  const total = sumOver(covariance, indices, indices);
  if (!(total > 0)) return null;
  return finiteOrNull((k / (k - 1)) * (1 - trace / total));
}

function sumOver(covariance: readonly (readonly number[])[], rows: number[], columns: number[]): number {
  let sum = 0;
  for (const i of rows) for (const j of columns) sum += at(covariance, i, j);
  return sum;
}

function at(covariance: readonly (readonly number[])[], i: number, j: number): number {
  return covariance[i]?.[j] ?? 0;
}

function allIndices(k: number): number[] {
  return Array.from({ length: k }, (_, i) => i);
}

function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}
